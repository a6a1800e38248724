#include "database.h"
#include "largewrite.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QUrl>

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void largeWriteKeepsItsCacheWhileNested();
    void newDatabaseIsConfigured_data() { TestDatabase::addDriverRows(); }
    void newDatabaseIsConfigured();
    void defaultsAreSeeded_data() { TestDatabase::addDriverRows(); }
    void defaultsAreSeeded();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void foreignKeysEnforced_data() { TestDatabase::addDriverRows(); }
    void foreignKeysEnforced();
    void newerSchemaRefusedUnchanged();
    void foreignFilesRefusedUnchanged_data();
    void foreignFilesRefusedUnchanged();
    void missingFileWhenItMustExist();
    void directoryRefused();
    void reopensExistingDatabase();
    void foreignServerDatabaseRefused();
};

void TestDatabaseOpen::newDatabaseIsConfigured()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    if (db->dialect() == Database::Dialect::Postgresql) {
        QSqlQuery zone = db->prepare(QStringLiteral("SELECT current_setting('TimeZone')"));
        SqlValues::exec(zone);
        QVERIFY(zone.next());
        QCOMPARE(zone.value(0).toString(), QStringLiteral("UTC"));
        return;     // the rest concerns the SQLite file
    }
    QCOMPARE(db->journalMode(), QStringLiteral("WAL"));
    QSqlQuery query = db->prepare(QStringLiteral("PRAGMA foreign_keys"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    query = db->prepare(QStringLiteral("PRAGMA synchronous"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);     // FULL
    query = db->prepare(QStringLiteral("PRAGMA application_id"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1146310484);
    QVERIFY(db->backupPath().isEmpty());
}

void TestDatabaseOpen::defaultsAreSeeded()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    QSqlQuery query = db->prepare(QStringLiteral("SELECT code FROM protocol_articles ORDER BY sort_order"));
    SqlValues::exec(query);
    QStringList codes;
    while (query.next())
        codes.append(query.value(0).toString());
    QCOMPARE(codes, QStringList({ "A1", "A2", "A3", "A4", "A5", "A6", "A7", "B1", "B2", "B3", "B4", "C1", "C2",
                                  "C3", "D1", "E1", "SM1", "SM2", "SL1", "SL2", "SL3", "SL4" }));
    query = db->prepare(QStringLiteral("SELECT ladder, code FROM measure_types ORDER BY ladder, rank"));
    SqlValues::exec(query);
    QStringList rungs;
    while (query.next())
        rungs.append(query.value(0).toString() + ":" + query.value(1).toString());
    QCOMPARE(rungs, QStringList({ "leerling:waarschuwing", "leerling:schorsing", "leerling:verwijdering",
                                  "medewerker:waarschuwing", "medewerker:berisping", "medewerker:schorsing",
                                  "medewerker:ontslag", "medewerker:ontslag_op_staande_voet",
                                  "ouder:waarschuwing", "ouder:schorsing", "ouder:verwijdering" }));
    // The staff warning is not disciplinary; every deadline setting names its source.
    query = db->prepare(QStringLiteral("SELECT is_disciplinary FROM measure_types WHERE ladder = 'medewerker' AND code = 'waarschuwing'"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query = db->prepare(QStringLiteral("SELECT key, value, source FROM settings WHERE key = 'pupil_suspension_max_school_days'"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("5"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("WPO art. 40c"));
    // Seeding is audited like any other write.
    query = db->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'insert' AND entity = 'protocol_articles'"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 22);
}

void TestDatabaseOpen::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Database::latestSchemaVersion(); ++version)
        QTest::addRow("from schema %d", version) << version;
}

void TestDatabaseOpen::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // Build the earlier schema by hand: an empty file migrated only up to `from`.
        QFile(path).open(QIODevice::WriteOnly);
        Database::Options options;
        options.migrate = false;
        options.seed = false;
        options.createSchema = false;
        if (from > 0) {
            auto raw = Database::open(path, options);
            raw->migrateTo(from);
            QCOMPARE(raw->schemaVersion(), from);
        }
    }
    if (from > 0) {
        // A pupil recorded under the old schema (written directly: the program of that time).
        QCOMPARE(TestDatabase::rawSql(path, "INSERT INTO schools (id, name) VALUES (1, 'De Esch')"), QString());
        QCOMPARE(TestDatabase::rawSql(path, "INSERT INTO persons (id, kind, surname, birth_date, school_id, created_at) "
                                            "VALUES (1, 'leerling', 'Öztürk', '2016-03-01', 1, '2026-01-01T00:00:00.000Z')"),
                 QString());
        // An attachment stored as a mail named it, before names were cleaned.
        const QString sha(64, QLatin1Char('a'));
        QCOMPARE(TestDatabase::rawSql(path, QStringLiteral("INSERT INTO attachment_content (sha256, size, chunk_size, created_at) "
                                                           "VALUES ('%1', 0, 1048576, '2026-01-01T00:00:00.000Z')").arg(sha)),
                 QString());
        QCOMPARE(TestDatabase::rawSql(path, QStringLiteral("INSERT INTO attachments (id, sha256, content_sha256, file_name, mime_type, "
                                                           "size, person_id, added_at) VALUES (1, '%1', '%1', "
                                                           "'../../foto\u202Egpj.exe', 'image/jpeg', 0, 1, "
                                                           "'2026-01-01T00:00:00.000Z')").arg(sha)),
                 QString());
    }
    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query = db->prepare(QStringLiteral("SELECT count(*) FROM schema_migrations"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), Database::latestSchemaVersion());
    if (from > 0) {
        if (from < 8) {     // migration 8 cleaned the names stored before it
            QSqlQuery names = db->prepare(QStringLiteral("SELECT file_name, original_name FROM attachments WHERE id = 1"));
            SqlValues::exec(names);
            QVERIFY(names.next());
            QCOMPARE(names.value(0).toString(), QStringLiteral("fotogpj.exe"));
            QCOMPARE(names.value(1).toString(), QStringLiteral("../../foto\u202Egpj.exe"));
        }
        QVERIFY(!db->backupPath().isEmpty());
        QVERIFY(QFile::exists(db->backupPath()));
        // The copy keeps the old schema: opened without migrating, it is refused as older.
        Database::Options noMigration;
        noMigration.mustExist = true;
        noMigration.migrate = false;
        QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(db->backupPath(), noMigration));
        // Letter templates came with schema 4: an older database gets the defaults (one made
        // by hand at schema 4 here has the table, empty, as a program of that time would fill it).
        QSqlQuery templates = db->prepare(QStringLiteral("SELECT count(*) FROM letter_templates"));
        SqlValues::exec(templates);
        QVERIFY(templates.next());
        QVERIFY(from >= 4 || templates.value(0).toInt() >= 10);
        templates.finish();
        if (from >= 3)
            return;     // written by a program that kept the derived tables itself
        // What was there is found by the search that a later schema brought.
        const QList<SearchIndex::Hit> hits = SearchIndex(*db).search(AccessScope::system(), QStringLiteral("ozturk"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entity, QStringLiteral("persons"));
        // ... and sorted in Dutch name order, which schema 3 brought.
        QSqlQuery keys = db->prepare(QStringLiteral("SELECT name_key FROM person_sort_keys WHERE person_id = 1"));
        SqlValues::exec(keys);
        QVERIFY(keys.next());
        QVERIFY(keys.value(0).toString().startsWith(QStringLiteral("ozturk")));
    }
}

void TestDatabaseOpen::foreignKeysEnforced()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    Transaction tx(*db, AccessScope::system());
    try {
        tx.insert(QStringLiteral("guardianships"),
                  { { "parent_id", 999 }, { "pupil_id", 998 }, { "relation", "moeder" } });
        QFAIL("a guardianship with missing persons was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.detail().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error.detail()));
    }
}

void TestDatabaseOpen::newerSchemaRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    Database::open(path).reset();
    const QString later = QString::number(Database::latestSchemaVersion() + 1);
    QCOMPARE(TestDatabase::rawSql(path, "INSERT INTO schema_migrations VALUES (" + later + ", 'future', 'x')"), QString());
    TestDatabase::rawSql(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = TestDatabase::fileHash(path);
    try {
        Database::open(path);
        QFAIL("a newer schema was opened");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Refused);
        QVERIFY2(error.message().contains(later), qPrintable(error.message()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
}

void TestDatabaseOpen::foreignFilesRefusedUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sqlAfter");   // builds a foreign SQLite database when set
    QByteArray random;
    for (int i = 0; i < 4096; ++i)
        random.append(char((i * 7919 + 13) % 256));
    QTest::newRow("random bytes") << random << QString();
    QTest::newRow("text file") << QByteArray("naam;geboortedatum\nJan;01-01-2015\n") << QString();
    QTest::newRow("damaged sqlite") << QByteArray("SQLite format 3\0", 16) + random << QString();
    QTest::newRow("other application's sqlite") << QByteArray()
                                                << QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
}

void TestDatabaseOpen::foreignFilesRefusedUnchanged()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sqlAfter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (sqlAfter.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    } else {
        QCOMPARE(TestDatabase::rawSql(path, sqlAfter), QString());
    }
    const QByteArray before = TestDatabase::fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    try {
        Database::open(path);
        QFAIL("a foreign file was opened as a database");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Refused);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabaseOpen::missingFileWhenItMustExist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    Database::Options options;
    options.mustExist = true;
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(path, options));
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseOpen::directoryRefused()
{
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(dir.path()));
}

void TestDatabaseOpen::reopensExistingDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    Database::open(path).reset();
    auto db = Database::open(path);
    QSqlQuery query = db->prepare(QStringLiteral("SELECT count(*) FROM protocol_versions"));
    SqlValues::exec(query);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);   // seeded once, not again on reopening
}

void TestDatabaseOpen::foreignServerDatabaseRefused()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server (DOSSIERKAST_TEST_POSTGRESQL).");
    QTemporaryDir dir;
    const QString location = TestDatabase::create(QStringLiteral("postgresql"), dir)->location();
    // Another program's database: a table of its own and no schema_migrations.
    QUrl other(location);
    other.setPath(other.path() + QStringLiteral("_other"));
    QCOMPARE(TestDatabase::rawSql(location, QStringLiteral("CREATE DATABASE %1").arg(other.path().mid(1))), QString());
    QCOMPARE(TestDatabase::rawSql(other.toString(), QStringLiteral("CREATE TABLE notes (id int, body text)")), QString());
    try {
        Database::open(other.toString());
        QFAIL("another program's PostgreSQL database was opened");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Refused);
    }
    QVERIFY(TestDatabase::rawSql(other.toString(), QStringLiteral("SELECT 1 FROM schema_migrations")).size() > 0);
}

void TestDatabaseOpen::largeWriteKeepsItsCacheWhileNested()
{
    QTemporaryDir dir;
    auto db = TestDatabase::create(QStringLiteral("sqlite"), dir);
    const auto cacheSize = [&db]() {
        QSqlQuery query = db->prepare(QStringLiteral("PRAGMA cache_size"));
        SqlValues::exec(query);
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    const qint64 usual = cacheSize();
    {
        const LargeWrite outer(*db);
        const qint64 large = cacheSize();
        QVERIFY2(large < usual, qPrintable(QStringLiteral("%1 against %2").arg(large).arg(usual)));
        {
            const LargeWrite inner(*db);    // an import inside a bulk run
            QCOMPARE(cacheSize(), large);
        }
        QCOMPARE(cacheSize(), large);       // the outer write still runs
    }
    QCOMPARE(cacheSize(), usual);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
