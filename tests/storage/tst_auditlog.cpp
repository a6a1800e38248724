#include "auditlog.h"
#include "database.h"
#include "integritychecker.h"
#include "sqlvalues.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QTest>

// The audit chain and `check`: whatever is changed behind the program's back is found and named.
class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void freshDatabaseIsSound();
    void logRefusesChangesAndDeletes();
    void changedAuditContentDetected();
    void changedAuditFieldDetected();
    void removedAuditRecordDetected();
    void erasedContentIsNotTampering();
    void rowChangedOutsideDetected();
    void rowInsertedOutsideDetected();
    void rowDeletedOutsideDetected();

private:
    QStringList problems();
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_schoolId = 0;
};

void TestAuditLog::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = TestDatabase::create(driver, *m_dir);
    m_path = db->location();
    Transaction tx(*db, AccessScope(3, QStringLiteral("a.beheer"), UserRole::Beheerder, {}));
    m_schoolId = tx.insert("schools", { { "name", "De Linde" } });
    tx.update("schools", m_schoolId, 1, { { "city", "Hengelo" } });
    tx.insert("schools", { { "name", "Het Kompas" } });
    tx.commit();
}

void TestAuditLog::cleanup()
{
    m_dir.reset();
}

QStringList TestAuditLog::problems()
{
    auto db = Database::open(m_path);
    return IntegrityChecker(*db).run().problems;
}

void TestAuditLog::freshDatabaseIsSound()
{
    QCOMPARE(problems(), QStringList());
    auto db = Database::open(m_path);
    const AuditLog::Verification v = AuditLog::verify(*db);
    QVERIFY(v.records > 3);
    QCOMPARE(v.erasedRecords, 0);
}

void TestAuditLog::logRefusesChangesAndDeletes()
{
    QVERIFY(TestDatabase::rawSql(m_path, "UPDATE audit_log SET user_login = 'x' WHERE seq = 2").contains("append-only"));
    QVERIFY(TestDatabase::rawSql(m_path, "DELETE FROM audit_log WHERE seq = 2").contains("append-only"));
    QCOMPARE(problems(), QStringList());
}

void TestAuditLog::changedAuditContentDetected()
{
    // Someone who knows the schema drops the guard first.
    QCOMPARE(TestDatabase::dropAuditGuards(*Database::open(m_path)), QString());
    QCOMPARE(TestDatabase::rawSql(m_path, "UPDATE audit_log SET after_json = replace(after_json, 'Hengelo', 'Borne') "
                                          "WHERE action = 'update'"), QString());
    const QStringList found = problems();
    QVERIFY2(found.join('\n').contains(QStringLiteral("'after'")), qPrintable(found.join('\n')));
}

void TestAuditLog::changedAuditFieldDetected()
{
    QCOMPARE(TestDatabase::dropAuditGuards(*Database::open(m_path)), QString());
    QCOMPARE(TestDatabase::rawSql(m_path, "UPDATE audit_log SET user_login = 'iemand' WHERE action = 'update'"), QString());
    const QStringList found = problems();
    QVERIFY2(found.join('\n').contains(QStringLiteral("hash")), qPrintable(found.join('\n')));
}

void TestAuditLog::removedAuditRecordDetected()
{
    QCOMPARE(TestDatabase::dropAuditGuards(*Database::open(m_path)), QString());
    QCOMPARE(TestDatabase::rawSql(m_path, "DELETE FROM audit_log WHERE seq = 3"), QString());
    const QStringList found = problems();
    QVERIFY2(found.join('\n').contains(QStringLiteral("audit record 4")), qPrintable(found.join('\n')));
}

void TestAuditLog::erasedContentIsNotTampering()
{
    // The one change the log allows: erasing content at the end of a retention term.
    QCOMPARE(TestDatabase::rawSql(m_path, "UPDATE audit_log SET before_json = NULL, after_json = NULL, content_erased = 1 "
                                          "WHERE entity = 'schools'"), QString());
    QCOMPARE(problems(), QStringList());
    auto db = Database::open(m_path);
    QCOMPARE(AuditLog::verify(*db).erasedRecords, 3);
}

void TestAuditLog::rowChangedOutsideDetected()
{
    QCOMPARE(TestDatabase::rawSql(m_path, QStringLiteral("UPDATE schools SET city = 'Goor' WHERE id = %1").arg(m_schoolId)), QString());
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().contains(QStringLiteral("table schools")));
    QVERIFY(found.first().contains(QStringLiteral(" %1 ").arg(m_schoolId)));
    QVERIFY(found.first().contains(QStringLiteral("changed outside")));
}

void TestAuditLog::rowInsertedOutsideDetected()
{
    QCOMPARE(TestDatabase::rawSql(m_path, "INSERT INTO schools (id, name) VALUES (77, 'Spookschool')"), QString());
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().contains(QStringLiteral("77")));
    QVERIFY(found.first().contains(QStringLiteral("added outside")));
}

void TestAuditLog::rowDeletedOutsideDetected()
{
    QCOMPARE(TestDatabase::rawSql(m_path, QStringLiteral("DELETE FROM schools WHERE id = %1").arg(m_schoolId)), QString());
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().contains(QStringLiteral("deleted outside")));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
