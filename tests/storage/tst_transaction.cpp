#include "canonicalrow.h"
#include "schemacatalog.h"
#include "changebus.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void commitWritesRowAndAudit_data() { TestDatabase::addDriverRows(); }
    void commitWritesRowAndAudit();
    void failedTransactionLeavesNothing_data() { TestDatabase::addDriverRows(); }
    void failedTransactionLeavesNothing();
    void updateIsVersionedAndAudited_data() { TestDatabase::addDriverRows(); }
    void updateIsVersionedAndAudited();
    void staleSaveRefusedAcrossConnections_data() { TestDatabase::addDriverRows(); }
    void staleSaveRefusedAcrossConnections();
    void removeIsAuditedAndRespectsReferences_data() { TestDatabase::addDriverRows(); }
    void removeIsAuditedAndRespectsReferences();
    void eventsAreLogged_data() { TestDatabase::addDriverRows(); }
    void eventsAreLogged();
    void unknownTableRefused_data() { TestDatabase::addDriverRows(); }
    void unknownTableRefused();
    void changesAreAnnounced_data() { TestDatabase::addDriverRows(); }
    void changesAreAnnounced();
    void manyRowsAreAnnouncedOncePerTable_data() { TestDatabase::addDriverRows(); }
    void manyRowsAreAnnouncedOncePerTable();
    void textRefusedAlikeOnBothDatabases_data() { TestDatabase::addDriverRows(); }
    void textRefusedAlikeOnBothDatabases();
    void readOnlyDatabaseSaysSo();
    void failedReloadStaysOutOfTheWrite();

private:
    static qint64 scalar(Database &db, const QString &sql);
};

qint64 TestTransaction::scalar(Database &db, const QString &sql)
{
    QSqlQuery query = db.prepare(sql);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

static const AccessScope director(7, QStringLiteral("j.directeur"), UserRole::Directeur, { 1 });

void TestTransaction::commitWritesRowAndAudit()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    const qint64 auditBefore = scalar(*db, "SELECT count(*) FROM audit_log");
    qint64 id = 0;
    {
        Transaction tx(*db, director);
        id = tx.insert("schools", { { "name", "OBS De Linde" }, { "brin", "12AB00" } });
        tx.commit();
    }
    QVERIFY(id > 0);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM schools"), 1);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log"), auditBefore + 1);
    QSqlQuery audit = db->prepare("SELECT action, entity, entity_id, user_id, user_login, before_json, after_json, after_hash "
                                  "FROM audit_log ORDER BY seq DESC LIMIT 1");
    SqlValues::exec(audit);
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("insert"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("schools"));
    QCOMPARE(audit.value(2).toLongLong(), id);
    QCOMPARE(audit.value(3).toLongLong(), 7);
    QCOMPARE(audit.value(4).toString(), QStringLiteral("j.directeur"));
    QVERIFY(audit.value(5).isNull());
    QVERIFY(audit.value(6).toString().contains(QStringLiteral("\"name\":\"OBS De Linde\"")));
    QCOMPARE(audit.value(7).toString().toLatin1(), CanonicalRow::hash(audit.value(6).toString().toUtf8()));
}

void TestTransaction::failedTransactionLeavesNothing()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    const qint64 auditBefore = scalar(*db, "SELECT count(*) FROM audit_log");
    {
        Transaction tx(*db, director);
        tx.insert("schools", { { "name", "OBS De Linde" } });
        try {
            tx.insert("schools", { { "name", "OBS De Linde" } });   // UNIQUE name
            QFAIL("a duplicate school name was accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Invalid);
            QVERIFY(!error.message().isEmpty());
        }
        // Leaves scope without commit().
    }
    QCOMPARE(scalar(*db, "SELECT count(*) FROM schools"), 0);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log"), auditBefore);
    // The connection is usable again afterwards, in a new transaction.
    Transaction tx(*db, director);
    tx.insert("schools", { { "name", "OBS De Linde" } });
    tx.commit();
    QCOMPARE(scalar(*db, "SELECT count(*) FROM schools"), 1);
}

void TestTransaction::updateIsVersionedAndAudited()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    Transaction tx(*db, director);
    const qint64 id = tx.insert("schools", { { "name", "De Linde" } });
    QCOMPARE(tx.update("schools", id, 1, { { "city", "Hengelo" } }), 2);
    QCOMPARE(tx.update("schools", id, 2, { { "city", "Borne" } }), 3);
    tx.commit();
    QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM schools WHERE id = %1").arg(id)), 3);
    QSqlQuery audit = db->prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'update' ORDER BY seq");
    SqlValues::exec(audit);
    QVERIFY(audit.next());
    QVERIFY(!audit.value(0).toString().contains(QStringLiteral("Hengelo")));
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("\"city\":\"Hengelo\"")));
    QVERIFY(audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("Hengelo")));
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("Borne")));
}

void TestTransaction::staleSaveRefusedAcrossConnections()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto first = TestDatabase::create(driver, dir);
    qint64 id = 0;
    {
        Transaction tx(*first, director);
        id = tx.insert("schools", { { "name", "De Linde" } });
        tx.commit();
    }
    // A second program on the same database saves first.
    auto second = Database::open(first->location());
    const AccessScope board(9, QStringLiteral("m.bestuur"), UserRole::Bestuur, {});
    {
        Transaction tx(*second, board);
        tx.update("schools", id, 1, { { "city", "Delden" } });
        tx.commit();
    }
    Transaction tx(*first, director);
    try {
        tx.update("schools", id, 1, { { "city", "Goor" } });
        QFAIL("a stale save was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Stale);
        QVERIFY2(error.message().contains(QStringLiteral("m.bestuur")), qPrintable(error.message()));
    }
    QSqlQuery city = first->prepare(QStringLiteral("SELECT city FROM schools WHERE id = %1").arg(id));
    SqlValues::exec(city);
    QVERIFY(city.next());
    QCOMPARE(city.value(0).toString(), QStringLiteral("Delden"));
}

void TestTransaction::removeIsAuditedAndRespectsReferences()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    qint64 school = 0;
    qint64 holiday = 0;
    {
        Transaction tx(*db, director);
        school = tx.insert("schools", { { "name", "De Linde" } });
        holiday = tx.insert("school_holidays", { { "school_id", school }, { "name", "Herfstvakantie" },
                                                 { "first_day", "2026-10-17" }, { "last_day", "2026-10-25" } });
        tx.commit();
    }
    {
        Transaction tx(*db, director);
        QVERIFY_THROWS_EXCEPTION(StorageError, tx.remove("schools", school));
        // After a failed step the transaction refuses more work; it can only roll back.
        QVERIFY_THROWS_EXCEPTION(StorageError, tx.remove("school_holidays", holiday));
        QVERIFY_THROWS_EXCEPTION(StorageError, tx.commit());
    }
    Transaction tx(*db, director);
    tx.remove("school_holidays", holiday);
    tx.remove("schools", school);
    tx.commit();
    QCOMPARE(scalar(*db, "SELECT count(*) FROM schools"), 0);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'delete'"), 2);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'delete' AND before_json IS NOT NULL AND after_hash = ''"), 2);
}

void TestTransaction::eventsAreLogged()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    Transaction tx(*db, director);
    tx.logEvent("view", "persons", 12, "dossier");
    tx.commit();
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'view' AND entity_id = 12 AND detail = 'dossier'"), 1);
}

void TestTransaction::unknownTableRefused()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    {
        Transaction tx(*db, director);
        QVERIFY_THROWS_EXCEPTION(StorageError, tx.insert("audit_log", { { "seq", 1 } }));
    }
    Transaction again(*db, director);
    QVERIFY_THROWS_EXCEPTION(StorageError, again.insert("sqlite_master; DROP TABLE persons", {}));
}

void TestTransaction::changesAreAnnounced()
{
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto first = TestDatabase::create(driver, dir);
    auto second = Database::open(first->location());     // another PC on the same database
    QSignalSpy bus(ChangeBus::instance(), &ChangeBus::changed);
    QSignalSpy remote(second->connection().driver(), &QSqlDriver::notification);
    qint64 id = 0;
    {
        Transaction tx(*first, director);
        id = tx.insert("schools", { { "name", "De Linde" } });
        QCOMPARE(bus.count(), 0);               // nothing before the commit
        tx.commit();
    }
    // This program hears it at once.
    QCOMPARE(bus.count(), 1);
    QCOMPARE(bus.at(0).at(0).toString(), QStringLiteral("schools"));
    QCOMPARE(bus.at(0).at(1).toLongLong(), id);
    if (first->dialect() != Database::Dialect::Postgresql)
        return;     // one SQLite file has one program writing at a time
    // The other program hears it through the server within a second, and passes it on.
    QVERIFY(remote.wait(1000));
    QCOMPARE(remote.at(0).at(2).toString(), QStringLiteral("schools:%1").arg(id));
    QTRY_COMPARE_WITH_TIMEOUT(bus.count(), 2, 1000);
    QCOMPARE(bus.at(1).at(1).toLongLong(), id);
    // A rolled-back change is announced nowhere.
    {
        Transaction tx(*first, director);
        tx.insert("schools", { { "name", "Het Kompas" } });
    }
    QVERIFY(!remote.wait(300));
    QCOMPARE(bus.count(), 2);
}

void TestTransaction::manyRowsAreAnnouncedOncePerTable()
{
    // An import of thousands of rows makes each open list reload once, not once per row.
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    QSignalSpy bus(ChangeBus::instance(), &ChangeBus::changed);
    qint64 school = 0;
    {
        Transaction tx(*db, director);
        school = tx.insert("schools", { { "name", "De Linde" } });
        for (int i = 0; i < 50; ++i)
            tx.insert("persons", { { "kind", "medewerker" }, { "surname", QStringLiteral("Jansen %1").arg(i) },
                                   { "created_at", SqlValues::moment(SqlValues::now()) } });
        tx.update("schools", school, 1, { { "city", "Hengelo" } });
        tx.commit();
    }
    QCOMPARE(bus.count(), 2);
    QCOMPARE(bus.at(0).at(0).toString(), QStringLiteral("schools"));
    QCOMPARE(bus.at(0).at(1).toLongLong(), school);        // one row, twice: its id
    QCOMPARE(bus.at(1).at(0).toString(), QStringLiteral("persons"));
    QCOMPARE(bus.at(1).at(1).toLongLong(), 0);             // many rows: the table only
}

void TestTransaction::textRefusedAlikeOnBothDatabases()
{
    // SQLite took a surname of any length and cut text at a NUL; PostgreSQL refused a long name
    // only at its index, in English, aborting the whole import. Both now refuse the same values
    // before the database sees them, saying which field.
    QFETCH(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir);
    const int limit = SchemaCatalog::maxLength(QStringLiteral("schools"), QStringLiteral("name"));
    QVERIFY(limit > 0);
    const QList<std::pair<QString, QString>> refused{ { QString(limit + 1, QLatin1Char('x')), QStringLiteral("%1").arg(limit) },
                                                      { QStringLiteral("OBS De\u0000Linde"), QStringLiteral("NUL") },
                                                      { QString(3000, QChar(0x00E9)), QStringLiteral("3000") } };
    for (const auto &[name, mention] : refused) {
        Transaction tx(*db, director);
        try {
            tx.insert("schools", { { "name", name } });
            QFAIL("the name was accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Invalid);
            QVERIFY2(error.message().contains(mention) && error.message().contains(QStringLiteral("\"Name\"")), qPrintable(error.message()));
        }
    }
    Transaction tx(*db, director);
    tx.insert("schools", { { "name", QString(limit, QChar(0x00F6)) } });   // the limit itself fits
    tx.commit();
    QCOMPARE(scalar(*db, "SELECT count(*) FROM schools"), 1);
}

void TestTransaction::readOnlyDatabaseSaysSo()
{
    // A file the account may only read: the message says so, not "damaged" or "could not carry out".
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alleen-lezen.sqlite"));
    TestDatabase::create(QStringLiteral("sqlite"), dir, QStringLiteral("alleen-lezen.sqlite")).reset();
    QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alleen-lezen"));
    readOnly.setDatabaseName(path);
    readOnly.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(readOnly.open());
    {
        QSqlQuery query(readOnly);
        try {
            SqlValues::exec(query, QStringLiteral("UPDATE settings SET value = 'x'"));
            QFAIL("a read-only connection wrote");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Refused);
            QVERIFY2(error.message().contains(QStringLiteral("read-only")), qPrintable(error.message()));
        }
    }
    readOnly.close();
    readOnly = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("alleen-lezen"));
}

void TestTransaction::failedReloadStaysOutOfTheWrite()
{
    // A view whose reload fails (a lost server connection) neither undoes nor fails the write
    // that announced the change, nor reaches Qt's event loop: it is reported on the bus.
    QTemporaryDir dir;
    auto db = TestDatabase::create(QStringLiteral("sqlite"), dir);
    QObject view;
    int reloads = 0;
    ChangeBus::listen(&view, [&reloads](const QString &entity) {
        if (entity == QLatin1String("schools")) {
            ++reloads;
            throw StorageError(StorageError::Kind::Failed, QStringLiteral("server connection lost"));
        }
    });
    QSignalSpy failed(ChangeBus::instance(), &ChangeBus::reloadFailed);
    {
        Transaction tx(*db, director);
        tx.insert("schools", { { "name", "OBS De Linde" } });
        tx.commit();
    }
    QCOMPARE(reloads, 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("schools"));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("server connection lost"));
    QCOMPARE(scalar(*db, "SELECT count(*) FROM schools"), 1);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
