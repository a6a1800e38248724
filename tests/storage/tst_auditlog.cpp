#include "auditlabels.h"
#include "auditlog.h"
#include "audittrail.h"
#include "database.h"
#include "integritychecker.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
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
    void readerFiltersSortsAndPages();
    void readerIsForAdministratorsOnly();
    void changesAreReadable();
    void anchorsCatchACutOrRewrittenTrail();
    void anchorsAreReadAsPrinted();
    void serverChainsWhatItIsGiven();

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

void TestAuditLog::readerFiltersSortsAndPages()
{
    auto db = Database::open(m_path);
    const AccessScope admin(3, QStringLiteral("a.beheer"), UserRole::Beheerder, {});
    {
        Transaction tx(*db, AccessScope(4, QStringLiteral("b.directeur"), UserRole::Directeur, {}));
        tx.logEvent(QStringLiteral("view"), QStringLiteral("persons"), 12, QStringLiteral("dossier"));
        tx.logEvent(QStringLiteral("denied"), QStringLiteral("incidents"), 7, QStringLiteral("read"));
        tx.commit();
    }
    const AuditTrail reader(*db, admin);
    const int all = reader.count(AuditFilter());
    QVERIFY(all >= 5);
    // Newest first by default; the two events are the last records.
    const QList<AuditRecord> newest = reader.list(AuditFilter(), 0, 2);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.at(0).action, QStringLiteral("denied"));
    QCOMPARE(newest.at(1).action, QStringLiteral("view"));
    QCOMPARE(newest.at(1).login, QStringLiteral("b.directeur"));
    QCOMPARE(newest.at(1).entityId, 12);
    QVERIFY(newest.at(0).seq > newest.at(1).seq);

    AuditFilter byUser;
    byUser.login = QStringLiteral("b.directeur");
    QCOMPARE(reader.count(byUser), 2);
    AuditFilter byAction;
    byAction.action = QStringLiteral("update");
    const QList<AuditRecord> updates = reader.list(byAction, 0, 100);
    QCOMPARE(updates.size(), reader.count(byAction));
    QVERIFY(!updates.isEmpty());
    for (const AuditRecord &r : updates)
        QCOMPARE(r.action, QStringLiteral("update"));
    AuditFilter byRow;
    byRow.entity = QStringLiteral("schools");
    byRow.entityId = m_schoolId;
    const QList<AuditRecord> school = reader.list(byRow, 0, 100);
    QCOMPARE(school.size(), 2);                         // inserted, then its city changed
    QCOMPARE(school.at(0).action, QStringLiteral("update"));
    QVERIFY(school.at(0).afterJson.contains("Hengelo"));
    byRow.descending = false;
    QCOMPARE(reader.list(byRow, 0, 100).at(0).action, QStringLiteral("insert"));

    // The period is the local day; records of today are in today, none tomorrow.
    AuditFilter today;
    today.from = today.to = QDate::currentDate();
    QCOMPARE(reader.count(today), all);
    AuditFilter tomorrow;
    tomorrow.from = QDate::currentDate().addDays(1);
    QCOMPARE(reader.count(tomorrow), 0);
    AuditFilter yesterday;
    yesterday.to = QDate::currentDate().addDays(-1);
    QCOMPARE(reader.count(yesterday), 0);

    // Pages follow each other without gaps or repeats.
    QList<qint64> seqs;
    for (int offset = 0; offset < all; offset += 2)
        for (const AuditRecord &r : reader.list(AuditFilter(), offset, 2))
            seqs.append(r.seq);
    QCOMPARE(int(seqs.size()), all);
    QCOMPARE(int(QSet<qint64>(seqs.begin(), seqs.end()).size()), all);
    AuditFilter byLogin;
    byLogin.sort = AuditFilter::Sort::User;
    byLogin.descending = false;
    QCOMPARE(reader.list(byLogin, 0, 1).first().login, QStringLiteral("a.beheer"));
    QVERIFY(reader.logins().contains(QStringLiteral("b.directeur")));
    QVERIFY(reader.entities().contains(QStringLiteral("schools")));
    QCOMPARE(reader.get(newest.at(0).seq)->entityId, 7);
}

void TestAuditLog::readerIsForAdministratorsOnly()
{
    auto db = Database::open(m_path);
    for (UserRole role : { UserRole::Bestuur, UserRole::Directeur, UserRole::Melder }) {
        const AccessScope who(9, QStringLiteral("x"), role, {});
        const AuditTrail trail(*db, who);
        const auto denied = [&db] {
            AuditFilter filter;
            filter.login = QStringLiteral("x");
            filter.action = QStringLiteral("denied");
            return AuditTrail(*db, AccessScope::system()).count(filter);
        };
        const int before = denied();
        try {
            trail.list(AuditFilter(), 0, 10);
            QFAIL("the audit trail was read by someone who is not an administrator");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Denied);
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, trail.check());
        QVERIFY_THROWS_EXCEPTION(StorageError, trail.logins());
        QCOMPARE(denied(), before + 3);        // each refusal is itself on the trail
    }
    QVERIFY(AuditTrail(*db, AccessScope::system()).count(AuditFilter()) > 0);
}

void TestAuditLog::changesAreReadable()
{
    const QByteArray before = R"({"active":1,"city":"Hengelo","id":4,"name":"De Linde","password_hash":"sha256:aa","updated_at":"2026-03-01T09:30:00.000Z","version":1})";
    const QByteArray after = R"({"active":0,"id":4,"name":"De Linde","password_hash":"sha256:bb","updated_at":"2026-03-02T09:30:00.000Z","version":2})";
    const QList<AuditLabels::FieldChange> fields = AuditLabels::changes(before, after);
    QCOMPARE(fields.first().field, QStringLiteral("id"));
    QHash<QString, AuditLabels::FieldChange> byField;
    for (const AuditLabels::FieldChange &f : fields)
        byField.insert(f.field, f);
    QCOMPARE(byField.size(), 7);
    QCOMPARE(byField.value("active").before, QStringLiteral("yes"));
    QCOMPARE(byField.value("active").after, QStringLiteral("no"));
    QVERIFY(byField.value("active").changed);
    QVERIFY(!byField.value("name").changed);
    QVERIFY(byField.value("city").changed);                 // removed
    QCOMPARE(byField.value("city").after, QString());
    QVERIFY(byField.value("password_hash").changed);         // a change is visible, the value is not
    QCOMPARE(byField.value("password_hash").after, QStringLiteral("(hidden)"));
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    QCOMPARE(byField.value("updated_at").before, at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")));
    QCOMPARE(byField.value("city").label, QStringLiteral("City"));
    // A row that was added has only "after" values, none marked as changed.
    for (const AuditLabels::FieldChange &f : AuditLabels::changes(QByteArray(), after))
        QVERIFY(!f.changed && f.before.isEmpty());
    QCOMPARE(AuditLabels::action(QStringLiteral("login_failed")), QStringLiteral("login failed"));
    QCOMPARE(AuditLabels::action(QStringLiteral("something_new")), QStringLiteral("something_new"));
}

// Rewrites record `seq` as someone with the database's own rights would: a new detail, and the
// chain recomputed from its predecessor (plain SHA-256, no secret), so `check` alone passes.
static void forgeRecord(Database &db, qint64 seq, const QString &detail)
{
    QSqlQuery row(db.connection());
    QVERIFY(row.exec(QStringLiteral("SELECT at, user_id, user_login, action, entity, entity_id, before_hash, after_hash, "
                                    "prev_hash FROM audit_log WHERE seq = %1").arg(seq)));
    QVERIFY(row.next());
    const QByteArray hash = AuditLog::recordHash(seq, row.value(0).toString(), row.value(1).toLongLong(),
                                                 row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                                                 row.value(5).toLongLong(), row.value(6).toString().toLatin1(),
                                                 row.value(7).toString().toLatin1(), detail,
                                                 row.value(8).toString().toLatin1());
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = ?"));
    update.addBindValue(detail);
    update.addBindValue(QString::fromLatin1(hash));
    update.addBindValue(seq);
    QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
}

void TestAuditLog::anchorsCatchACutOrRewrittenTrail()
{
    auto db = Database::open(m_path);
    const AuditAnchor printed = AuditLog::head(*db);        // on a summary printed now
    QVERIFY(printed.seq > 3);
    QCOMPARE(printed.hashPrefix.size(), AuditAnchor::PrefixLength);
    {
        Transaction tx(*db, AccessScope(4, QStringLiteral("b.directeur"), UserRole::Directeur, {}));
        tx.logEvent(QStringLiteral("export"), QStringLiteral("persons"), 12, QStringLiteral("dossier"));
        tx.commit();
    }
    const AuditAnchor backedUp = AuditLog::head(*db);        // beside a backup made after the export
    QCOMPARE(backedUp.seq, printed.seq + 1);
    QVERIFY(IntegrityChecker(*db).run({ printed, backedUp }).sound());

    // The record of the export is cut off: the chain that is left is whole, only the mark sees it.
    QCOMPARE(TestDatabase::dropAuditGuards(*db), QString());
    QCOMPARE(TestDatabase::rawSql(m_path, QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(backedUp.seq)),
             QString());
    QCOMPARE(problems(), QStringList());
    IntegrityReport report = IntegrityChecker(*db).run({ printed, backedUp });
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(backedUp.text()), qPrintable(report.problems.first()));
    QVERIFY2(report.problems.first().contains(QStringLiteral("cut short")), qPrintable(report.problems.first()));

    // The last record rewritten with its hash recomputed passes `check`, but not the printed mark.
    forgeRecord(*db, printed.seq, QStringLiteral("forged"));
    QCOMPARE(problems(), QStringList());
    report = IntegrityChecker(*db).run({ printed });
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.first().contains(QStringLiteral("rewritten")), qPrintable(report.problems.first()));
    // A mark from before the rewritten record still holds: the trail up to it is what it was.
    QSqlQuery second(db->connection());
    QVERIFY(second.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 2")) && second.next());
    QVERIFY(IntegrityChecker(*db).run({ AuditAnchor::of(2, second.value(0).toString()) }).sound());
    QVERIFY(!IntegrityChecker(*db).run({ AuditAnchor::of(2, QStringLiteral("0123456789ab")) }).sound());
}

void TestAuditLog::anchorsAreReadAsPrinted()
{
    const std::optional<AuditAnchor> plain = AuditAnchor::parse(QStringLiteral("1234-0A1b2c3d4e5F"));
    QVERIFY(plain);
    QCOMPARE(plain->seq, 1234);
    QCOMPARE(plain->text(), QStringLiteral("1234-0a1b2c3d4e5f"));
    QCOMPARE(AuditAnchor::parse(QStringLiteral(" Auditkenmerk 7-000000000000 "))->seq, 7);
    for (const char *bad : { "", "1234", "1234-0a1b2c3d4e5", "1234-0a1b2c3d4e5f0", "x-0a1b2c3d4e5f", "12 34-0a1b2c3d4e5f",
                             "1234-0a1b2c3d4e5g", "-1-0a1b2c3d4e5f" })
        QVERIFY2(!AuditAnchor::parse(QString::fromLatin1(bad)), bad);
}

void TestAuditLog::serverChainsWhatItIsGiven()
{
    QFETCH_GLOBAL(QString, driver);
    if (driver != QLatin1String("postgresql"))
        QSKIP("Only a server writes its own audit records.");
    // Called as any client would, with text beyond ASCII and content on both sides: the server's
    // numbering, time, content hashes and chain are what `check` recomputes.
    QCOMPARE(TestDatabase::rawSql(m_path, QStringLiteral(
                 "SELECT audit_append(7, 'Özgür Çelik ✓', 'update', 'schools', %1, "
                 "'{\"name\":\"De Linde\"}', '{\"name\":\"De Lindé – 🌳\"}', 'détail\u001fmet scheiding')")
                 .arg(m_schoolId)),
             QString());
    QCOMPARE(TestDatabase::rawSql(m_path, "SELECT audit_append(0, '', 'view', 'persons', 0, NULL, '', '')"), QString());
    auto db = Database::open(m_path);
    const AuditLog::Verification verified = AuditLog::verify(*db);
    QCOMPARE(verified.problems, QStringList());
    QSqlQuery last(db->connection());
    QVERIFY(last.exec(QStringLiteral("SELECT user_id, entity_id, before_json, after_hash FROM audit_log ORDER BY seq DESC LIMIT 1")));
    QVERIFY(last.next());
    QVERIFY(last.value(0).isNull());         // no user and no row are stored as NULL, as the program does
    QVERIFY(last.value(1).isNull());
    QVERIFY(last.value(2).isNull());
    QCOMPARE(last.value(3).toString(), QString());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
