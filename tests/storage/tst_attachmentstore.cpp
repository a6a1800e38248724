#include "attachmentstore.h"
#include "database.h"
#include "integritychecker.h"
#include "settingsrepository.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void sameContentStoredOnce_data() { TestDatabase::addDriverRows(); }
    void sameContentStoredOnce();
    void largeFileRoundTrip_data() { TestDatabase::addDriverRows(); }
    void largeFileRoundTrip();
    void damagedContentDetected_data() { TestDatabase::addDriverRows(); }
    void damagedContentDetected();
    void sizeLimitRefusesClearly_data() { TestDatabase::addDriverRows(); }
    void sizeLimitRefusesClearly();
    void attachmentsBelongToIncidents_data() { TestDatabase::addDriverRows(); }
    void attachmentsBelongToIncidents();
    void fiftyMegabytesWithBoundedMemory_data() { TestDatabase::addDriverRows(); }
    void fiftyMegabytesWithBoundedMemory();

private:
    static qint64 count(Database &db, const QString &table);
};

qint64 TestAttachmentStore::count(Database &db, const QString &table)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestAttachmentStore::sameContentStoredOnce()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    AttachmentStore store(*db);
    const QByteArray screenshot("PNG-achtige inhoud van een schermafbeelding");
    Transaction tx(*db, AccessScope::system());
    const QByteArray first = store.storeBytes(tx, screenshot);
    const QByteArray second = store.storeBytes(tx, screenshot);
    const QByteArray other = store.storeBytes(tx, screenshot + "!");
    tx.commit();
    QCOMPARE(first, QCryptographicHash::hash(screenshot, QCryptographicHash::Sha256).toHex());
    QCOMPARE(second, first);
    QVERIFY(other != first);
    QCOMPARE(count(*db, "attachment_content"), 2);
    QCOMPARE(store.read(first), screenshot);
    QVERIFY(store.contains(first));
    QVERIFY(!store.contains(QByteArray(64, 'a')));
}

void TestAttachmentStore::largeFileRoundTrip()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    const QString path = dir.filePath(QStringLiteral("groot.bin"));
    QByteArray data;
    data.reserve(5 * 1024 * 1024 + 123);
    for (int i = 0; i < 5 * 1024 * 1024 + 123; ++i)
        data.append(char((i * 31 + i / 4096) & 0xff));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    AttachmentStore store(*db);
    QByteArray sha;
    {
        Transaction tx(*db, AccessScope::system());
        sha = store.storeFile(tx, path);
        tx.commit();
    }
    QCOMPARE(count(*db, "attachment_chunks"), 6);   // 5 MiB + a bit, in 1 MiB chunks
    QFile out(dir.filePath(QStringLiteral("terug.bin")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    store.readTo(sha, out);
    out.close();
    QCOMPARE(TestDatabase::fileHash(out.fileName()), sha);
}

void TestAttachmentStore::damagedContentDetected()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    AttachmentStore store(*db);
    QByteArray sha;
    {
        Transaction tx(*db, AccessScope::system());
        sha = store.storeBytes(tx, QByteArray("verklaring van de getuige"));
        store.storeBytes(tx, QByteArray("tweede verklaring"));
        store.storeBytes(tx, QByteArray("derde verklaring"));
        tx.commit();
    }
    // Every content is checked, not only the first (a server connection streams its results).
    qint64 checked = 0;
    QVERIFY(store.verifyAll(&checked).isEmpty());
    QCOMPARE(checked, 3);
    QCOMPARE(TestDatabase::rawSql(db->location(), db->dialect() == Database::Dialect::Sqlite
                                                      ? QStringLiteral("UPDATE attachment_chunks SET data = X'00'")
                                                      : QStringLiteral("UPDATE attachment_chunks SET data = decode('00', 'hex')")),
             QString());
    try {
        store.read(sha);
        QFAIL("damaged content was read without complaint");
    } catch (const StorageError &error) {
        QVERIFY(error.message().contains(QString::fromLatin1(sha)));
    }
    QCOMPARE(store.verifyAll().size(), 3);
    QVERIFY(!IntegrityChecker(*db).run().sound());
}

void TestAttachmentStore::sizeLimitRefusesClearly()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    AttachmentStore store(*db);
    QCOMPARE(store.maxBytes(), AttachmentStore::DefaultMaxBytes);
    {
        Transaction tx(*db, AccessScope::system());
        SettingsRepository(*db).setValue(tx, "attachment_max_bytes", "1048576");
        tx.commit();
    }
    QCOMPARE(store.maxBytes(), 1048576);
    Transaction tx(*db, AccessScope::system());
    try {
        store.storeBytes(tx, QByteArray(1048577, 'x'));
        QFAIL("content above the limit was stored");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.message().contains(QStringLiteral("1,0 MB")), qPrintable(error.message()));
    }
    QCOMPARE(count(*db, "attachment_content"), 0);
}

void TestAttachmentStore::attachmentsBelongToIncidents()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    AttachmentStore store(*db);
    Transaction tx(*db, AccessScope::system());
    const qint64 school = tx.insert("schools", { { "name", "De Linde" } });
    const qint64 incident = tx.insert("incidents", { { "reference", "2026-0001" }, { "school_id", school },
                                                     { "protocol_version_id", 1 }, { "title", "Test" },
                                                     { "occurred_at", "2026-01-01T10:00:00.000Z" },
                                                     { "reported_at", "2026-01-01T11:00:00.000Z" },
                                                     { "platform", "x" }, { "context", "in_school" },
                                                     { "severity", "licht" }, { "created_at", "2026-01-01T11:00:00.000Z" },
                                                     { "updated_at", "2026-01-01T11:00:00.000Z" } });
    AttachmentInfo info;
    info.incidentId = incident;
    info.fileName = QStringLiteral("bericht.png");
    info.mimeType = QStringLiteral("image/png");
    info.sourceUrl = QStringLiteral("https://example.org/bericht/1");
    store.attachBytes(tx, info, QByteArray("beeld"));
    tx.commit();
    QVERIFY(info.id > 0);
    const QList<AttachmentInfo> list = store.attachmentsOfIncident(AccessScope::system(), incident);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().fileName, QStringLiteral("bericht.png"));
    QCOMPARE(list.first().size, 5);
    QCOMPARE(list.first().sourceUrl, info.sourceUrl);
    QVERIFY(list.first().contentAvailable);
    // A director of another school does not see the evidence.
    QVERIFY(store.attachmentsOfIncident(AccessScope(5, "d", UserRole::Directeur, { school + 1 }), incident).isEmpty());
    // An attachment with no owner, or two, is refused by the schema.
    Transaction bad(*db, AccessScope::system());
    AttachmentInfo orphan;
    orphan.fileName = QStringLiteral("los.txt");
    QVERIFY_THROWS_EXCEPTION(StorageError, store.attachBytes(bad, orphan, QByteArray("los")));
}

// Peak resident memory of this process so far, in bytes (Linux; 0 elsewhere).
static qint64 peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return 0;
}

void TestAttachmentStore::fiftyMegabytesWithBoundedMemory()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    const QString path = dir.filePath(QStringLiteral("opname.bin"));
    constexpr qint64 Size = 50 * 1024 * 1024;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < Size; written += block.size()) {
            for (int i = 0; i < block.size(); ++i)
                block[i] = char((written / 4096 + i * 7) & 0xff);
            file.write(block);
        }
    }
    const QByteArray expected = TestDatabase::fileHash(path);
    const qint64 before = peakMemory();
    AttachmentStore store(*db);
    QByteArray sha;
    {
        Transaction tx(*db, AccessScope::system());
        sha = store.storeFile(tx, path);
        tx.commit();
    }
    QCOMPARE(sha, expected);
    QFile out(dir.filePath(QStringLiteral("terug.bin")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    store.readTo(sha, out);
    out.close();
    QCOMPARE(out.size(), Size);
    QCOMPARE(TestDatabase::fileHash(out.fileName()), expected);
    if (before > 0) {
        // Streaming in 1 MiB chunks: the peak grows by a few chunks, never by the whole file.
        const qint64 growth = peakMemory() - before;
        QVERIFY2(growth < Size / 2, qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(growth / 1048576)));
    }
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
