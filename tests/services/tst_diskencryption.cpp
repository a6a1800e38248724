#include "diskencryption.h"
#include "languagesetup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

// Whether the disk under the database is encrypted: read from a tree laid out as the kernel's
// /sys is (a LUKS device, LVM on LUKS, a plain partition, an unknown device), and on this
// machine's own disk, which must give an answer and a sentence.
class TestDiskEncryption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void devicesBelowTheFileSystem_data();
    void devicesBelowTheFileSystem();
    void thisMachine();

private:
    QTemporaryDir m_sys;
};

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void link(const QString &target, const QString &name)
{
    QDir().mkpath(QFileInfo(name).absolutePath());
    QVERIFY(QFile::link(target, name));
}

} // namespace

void TestDiskEncryption::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
    const QString root = m_sys.path();
    const QString block = root + QStringLiteral("/devices/virtual/block");
    // dm-0: LUKS; dm-1: LVM volume on dm-0; dm-2: LVM on a plain disk; sda1: a partition.
    write(block + QStringLiteral("/dm-0/dm/uuid"), "CRYPT-LUKS2-0123456789abcdef-luks\n");
    write(block + QStringLiteral("/dm-0/dm/name"), "luks-0123\n");
    write(block + QStringLiteral("/dm-1/dm/uuid"), "LVM-abcdef\n");
    link(block + QStringLiteral("/dm-0"), block + QStringLiteral("/dm-1/slaves/dm-0"));
    write(block + QStringLiteral("/dm-2/dm/uuid"), "LVM-plain\n");
    write(root + QStringLiteral("/devices/pci0000:00/block/sda/sda1/partition"), "1\n");
    link(root + QStringLiteral("/devices/pci0000:00/block/sda/sda1"), block + QStringLiteral("/dm-2/slaves/sda1"));
    link(block + QStringLiteral("/dm-0"), root + QStringLiteral("/dev/block/254:0"));
    link(block + QStringLiteral("/dm-1"), root + QStringLiteral("/dev/block/254:1"));
    link(block + QStringLiteral("/dm-2"), root + QStringLiteral("/dev/block/254:2"));
    link(root + QStringLiteral("/devices/pci0000:00/block/sda/sda1"), root + QStringLiteral("/dev/block/8:1"));
}

void TestDiskEncryption::devicesBelowTheFileSystem_data()
{
    QTest::addColumn<unsigned>("minor");
    QTest::addColumn<unsigned>("major");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("says");
    QTest::newRow("LUKS") << 0u << 254u << int(DiskEncryption::State::Encrypted) << "luks-0123";
    QTest::newRow("LVM on LUKS") << 1u << 254u << int(DiskEncryption::State::Encrypted) << "versleuteld";
    QTest::newRow("LVM on a plain disk") << 2u << 254u << int(DiskEncryption::State::NotEncrypted) << "NIET versleuteld";
    QTest::newRow("a partition") << 1u << 8u << int(DiskEncryption::State::NotEncrypted) << "sda1";
    QTest::newRow("unknown device") << 7u << 9u << int(DiskEncryption::State::Unknown) << "niet vaststellen";
}

void TestDiskEncryption::devicesBelowTheFileSystem()
{
    QFETCH(unsigned, major);
    QFETCH(unsigned, minor);
    QFETCH(int, state);
    QFETCH(QString, says);
    const DiskEncryption::Result result = DiskEncryption::forDevice(major, minor, m_sys.path());
    QCOMPARE(int(result.state), state);
    QVERIFY2(result.explanation.contains(says), qPrintable(result.explanation));
}

void TestDiskEncryption::thisMachine()
{
    QTemporaryDir dir;
    const DiskEncryption::Result result = DiskEncryption::forPath(dir.filePath(QStringLiteral("nog-niet/dossierkast.sqlite")));
    QVERIFY(!result.explanation.isEmpty());
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(dir.path()).constData(), &info), 0);
    if (::major(info.st_dev) != 0 && QFileInfo::exists(QStringLiteral("/sys/dev/block/%1:%2").arg(::major(info.st_dev)).arg(::minor(info.st_dev))))
        QVERIFY(result.state != DiskEncryption::State::Unknown);
}

QTEST_GUILESS_MAIN(TestDiskEncryption)
#include "tst_diskencryption.moc"
