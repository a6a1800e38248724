// Sealed backups: the whole database encrypted under a fresh key per backup, sealed to the
// board's public key. A round trip restores to an identical export; a wrong passphrase, a cut or
// altered file is refused and leaves the live database and the folders as they were; no readable
// name is in the sealed bytes; the daily backup is sealed without any passphrase.
#include "accessscope.h"
#include "backupkeyservice.h"
#include "backupschedule.h"
#include "database.h"
#include "databasebackup.h"
#include "demodatagenerator.h"
#include "jsonexporter.h"
#include "languagesetup.h"
#include "sealedbackup.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

class TestSealedBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void roundTripRestoresAnIdenticalExport();
    void wrongPassphraseIsRefused();
    void damagedFilesAreRefused();
    void dailyBackupIsSealedWithoutAPassphrase();
    void onlyAdministratorsSetAStrongPassphrase();

private:
    static QByteArray exported(Database &db);
    QStringList leftovers() const;
    static inline const QString Passphrase = QStringLiteral("raam-tafel-fiets-lamp 2026");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_driver;
};

void TestSealedBackup::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

void TestSealedBackup::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_driver = driver;
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    DemoDataGenerator::Options options;
    options.incidents = 8;
    DemoDataGenerator(*m_db).generate(options);
}

void TestSealedBackup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TestSealedBackup::exported(Database &db)
{
    return QJsonDocument(JsonExporter(db).document()).toJson(QJsonDocument::Compact);
}

// Plain copies or unfinished files anywhere in the test folder.
QStringList TestSealedBackup::leftovers() const
{
    QStringList found;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral(".part")))
            found.append(path);
    }
    return found;
}

void TestSealedBackup::roundTripRestoresAnIdenticalExport()
{
    QVERIFY(!BackupKeyService(*m_db).current());
    const SealedBackup::Key key = BackupKeyService(*m_db).set(AccessScope::system(), Passphrase);
    const QByteArray before = exported(*m_db);
    QCOMPARE(BackupKeyService(*m_db).current()->fingerprint(), key.fingerprint());
    QVERIFY(!BackupKeyService(*m_db).current()->toJson().contains(Passphrase));

    const QString backup = m_dir->filePath(QStringLiteral("usb/dossierkast-handmatig.dkbackup"));
    const BackupCheck checked = BackupSchedule::make(*m_db, backup, AccessScope::system(), QStringLiteral("test"));
    QCOMPARE(checked.sealedWith, key.fingerprint());
    QVERIFY(SealedBackup::isSealed(backup));
    QCOMPARE(SealedBackup::header(backup).key.fingerprint(), key.fingerprint());
    QVERIFY(leftovers().isEmpty());

    // Nothing of the content can be read from the sealed bytes.
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sealed = file.readAll();
    QSqlQuery names = m_db->prepare(QStringLiteral("SELECT surname, given_names FROM persons"));
    QVERIFY(names.exec());
    int checkedNames = 0;
    while (names.next()) {
        for (int i = 0; i < 2; ++i) {
            const QByteArray name = names.value(i).toString().toUtf8();
            if (name.size() >= 4) {
                QVERIFY2(!sealed.contains(name), name.constData());
                ++checkedNames;
            }
        }
    }
    QVERIFY(checkedNames > 10);
    names.finish();
    for (const char *plain : { "SQLite format 3", "CREATE TABLE", "audit_log", "argon2" })
        QVERIFY(!sealed.contains(plain));

    // The recorded backup says it was sealed, and with which key.
    QSqlQuery audit = m_db->prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'backup' ORDER BY seq DESC"));
    QVERIFY(audit.exec() && audit.next());
    QVERIFY2(audit.value(0).toString().contains(key.fingerprint()), qPrintable(audit.value(0).toString()));
    audit.finish();

    // Put back into a place of its own with only the file and the passphrase.
    const QString restored = m_dir->filePath(QStringLiteral("terug/dossierkast.sqlite"));
    QDir().mkpath(QFileInfo(restored).absolutePath());
    const QString plain = BackupSchedule::unseal(backup, Passphrase, restored);
    QVERIFY(QFileInfo(plain).absolutePath() == QFileInfo(restored).absolutePath());
    QCOMPARE(QFileInfo(plain).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QCOMPARE(BackupSchedule::putBack(plain, restored, QFileInfo(backup).fileName()), QString());
    QFile::remove(plain);
    auto back = Database::open(restored);
    QCOMPARE(exported(*back), before);
    QVERIFY(leftovers().isEmpty());

    // A plain copy when asked for, recorded as such.
    const QString copy = m_dir->filePath(QStringLiteral("kopie.sqlite"));
    QVERIFY(BackupSchedule::make(*m_db, copy, AccessScope::system(), QStringLiteral("test"), true).sealedWith.isEmpty());
    QVERIFY(!SealedBackup::isSealed(copy));
    DatabaseBackup::verify(copy);
    // The plain copy that is sealed afterwards is owner-only too, whatever the umask (this test
    // runs with the usual 022).
    const QString direct = m_dir->filePath(QStringLiteral("direct.sqlite"));
    DatabaseBackup::write(*m_db, direct);
    QCOMPARE(QFileInfo(direct).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(audit.exec() && audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("not sealed")));
}

void TestSealedBackup::wrongPassphraseIsRefused()
{
    if (m_driver != QLatin1String("sqlite"))
        QSKIP("restoring is into a database file");
    const SealedBackup::Key key = BackupKeyService(*m_db).set(AccessScope::system(), Passphrase);
    const QString backup = m_dir->filePath(QStringLiteral("b/dossierkast.dkbackup"));
    BackupSchedule::make(*m_db, backup, AccessScope::system(), QStringLiteral("test"));
    const QString location = m_db->location();
    m_db.reset();
    const QByteArray current = TestDatabase::fileHash(location);
    for (const QString &wrong : { QStringLiteral("raam-tafel-fiets-lamp 2025"), QString(), Passphrase + QLatin1Char(' ') }) {
        try {
            BackupSchedule::unseal(backup, wrong, location);
            QFAIL("a wrong passphrase opened the backup");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Refused);
            QVERIFY(dynamic_cast<const SealedBackup::WrongPassphrase *>(&error));    // a window asks again
            QVERIFY2(error.message().contains(key.fingerprint()), qPrintable(error.message()));
        }
    }
    QCOMPARE(TestDatabase::fileHash(location), current);
    QVERIFY(leftovers().isEmpty());
}

void TestSealedBackup::damagedFilesAreRefused()
{
    if (m_driver != QLatin1String("sqlite"))
        QSKIP("one database is enough for the file format");
    BackupKeyService(*m_db).set(AccessScope::system(), Passphrase);
    const QString backup = m_dir->filePath(QStringLiteral("b/dossierkast.dkbackup"));
    BackupSchedule::make(*m_db, backup, AccessScope::system(), QStringLiteral("test"));
    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    QVERIFY(whole.size() > 100000);

    const QString damaged = m_dir->filePath(QStringLiteral("b/beschadigd.dkbackup"));
    const QString plain = m_dir->filePath(QStringLiteral("b/open.sqlite"));
    auto refused = [&](const QByteArray &bytes, const char *what) {
        QFile::remove(damaged);
        QFile out(damaged);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(bytes);
        out.close();
        try {
            SealedBackup::open(damaged, Passphrase, plain);
        } catch (const StorageError &error) {
            return !error.message().isEmpty() && !QFile::exists(plain);
        }
        qWarning("not refused: %s", what);
        return false;
    };
    // Cut: in the header, in the sealed key, in the first block, just before the end, the last byte.
    for (const qsizetype length : { qsizetype(10), qsizetype(100), qsizetype(200), qsizetype(5000), whole.size() - 17, whole.size() - 1 })
        QVERIFY(refused(whole.left(length), "cut"));
    QVERIFY(refused(whole + QByteArray("x"), "appended"));
    // One bit flipped anywhere: the header is bound to the content, every block authenticated.
    QRandomGenerator random(20261206);
    QList<qsizetype> positions = { 9, 12, 50, 60, 70, 90, 120, 150, 180, 194, 196, 200, whole.size() / 2, whole.size() - 1 };
    for (int i = 0; i < 20; ++i)
        positions.append(qsizetype(random.bounded(int(whole.size()))));
    for (const qsizetype at : positions) {
        QByteArray flipped = whole;
        flipped[at] = char(flipped.at(at) ^ (1 << random.bounded(8)));
        QVERIFY2(refused(flipped, "flipped"), qPrintable(QString::number(at)));
    }
    QVERIFY(refused(QByteArray(8, 'x'), "no backup"));
    QVERIFY(refused(QByteArray("DKSEALED") + QByteArray(300, '\0'), "empty header"));
    QVERIFY(leftovers().isEmpty());
}

void TestSealedBackup::dailyBackupIsSealedWithoutAPassphrase()
{
    if (m_driver != QLatin1String("sqlite"))
        QSKIP("automatic backups are for a database file on this PC");
    QSettings().remove(QStringLiteral("backup"));
    const QString folder = m_dir->filePath(QStringLiteral("backups"));
    const QString unsealed = BackupSchedule::runDaily(*m_db, folder, QDate::currentDate().addDays(-1));
    QVERIFY(unsealed.endsWith(QStringLiteral(".sqlite")));
    QVERIFY(!SealedBackup::isSealed(unsealed));

    const SealedBackup::Key key = BackupKeyService(*m_db).set(AccessScope::system(), Passphrase);
    // A plain copy left by a backup that a power cut ended goes; one of a backup in progress stays.
    const QString location = m_db->location();
    const QString stale = QFileInfo(location).absoluteDir().filePath(QStringLiteral(".test.sqlite.backup-20260101-000000000.part"));
    const QString busy = QFileInfo(location).absoluteDir().filePath(QStringLiteral(".test.sqlite.backup-bezig.part"));
    for (const QString &path : { stale, busy }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
    }
    {
        QFile old(stale);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
    }
    // A new connection, as the next morning's window: nothing but the database is needed.
    m_db.reset();
    auto morning = Database::open(location);
    const QString made = BackupSchedule::runDaily(*morning, folder, QDate::currentDate());
    QCOMPARE(QFileInfo(made).fileName(), BackupSchedule::dailyName(QDate::currentDate(), true));
    QVERIFY(SealedBackup::isSealed(made));
    QCOMPARE(SealedBackup::header(made).key.fingerprint(), key.fingerprint());
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::remove(busy));
    QCOMPARE(BackupSchedule::files(folder).size(), 2);
    QVERIFY(!BackupSchedule::needsWarning(folder, QDateTime::currentDateTime()));
    QVERIFY(leftovers().isEmpty());
    QStringList beside = QDir(QFileInfo(location).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    beside.removeIf([](const QString &name) { return name.startsWith(QStringLiteral("test.sqlite")); });
    QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QLatin1Char(','))));
}

void TestSealedBackup::onlyAdministratorsSetAStrongPassphrase()
{
    for (const QString &weak : { QStringLiteral("kort"), QStringLiteral("aaaaaaaaaaaaaaaa"), QStringLiteral(" spatie-ervoor-123") }) {
        try {
            BackupKeyService(*m_db).set(AccessScope::system(), weak);
            QFAIL("a weak passphrase was taken");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        }
    }
    QVERIFY(SealedBackup::weakness(SealedBackup::suggestPassphrase()).isEmpty());
    AccessScope director;
    {
        Transaction tx(*m_db, AccessScope::system());
        director = TestDatabase::addUser(*m_db, tx, QStringLiteral("directeur.zegel"), UserRole::Directeur, { 1 });
        tx.commit();
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, BackupKeyService(*m_db).set(director, Passphrase));
    QVERIFY(!BackupKeyService(*m_db).current());
}

QTEST_MAIN(TestSealedBackup)
#include "tst_sealedbackup.moc"
