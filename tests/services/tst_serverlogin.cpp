#include "audittrail.h"
#include "authenticator.h"
#include "databaseconnection.h"
#include "incidentservice.h"
#include "integritychecker.h"
#include "listreader.h"
#include "programrun.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userservice.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// On a PostgreSQL server a Dossierkast login is the server login: the program connects as the
// user's own role, the server checks the password and applies its own rules, and the services
// work on top of that as they do on a file. Driven through the real services, as a PC without
// the set-up account's credentials would.
class TestServerLogin : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theServerChecksThePassword();
    void temporaryPasswordIsReplacedOnTheServer();
    void eachRoleWorksWithinItsRights();
    void administratorsManageTheLogins();
    void commandsLogInAsTheServerLogin();
    void usersWithoutAServerLoginAreNamed();

private:
    User addUser(const QString &login, UserRole role, const QList<qint64> &schools);
    OpenDatabase as(const QString &login, const QString &password = QString());
    Incident draftIncident(IncidentService &service, qint64 school, const QString &title);

    std::unique_ptr<Database> m_setup;      // the set-up account's connection
    QString m_location;
    AccessScope m_admin;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
    qint64 m_pupilA = 0;
};

static const QString Temporary = QStringLiteral("Tijdelijk-wachtwoord-7");

void TestServerLogin::init()
{
    if (TestDatabase::postgresqlServer().isEmpty())
        QSKIP("No PostgreSQL test server: a database file has no logins of its own.");
    m_location = TestDatabase::newPostgresqlDatabase();
    m_setup = Database::open(m_location);
    Transaction tx(*m_setup, AccessScope::system());
    School a;
    a.name = QStringLiteral("De Akker");
    SchoolRepository(*m_setup).insert(tx, a);
    School b;
    b.name = QStringLiteral("De Boomgaard");
    SchoolRepository(*m_setup).insert(tx, b);
    m_schoolA = a.id;
    m_schoolB = b.id;
    Person pupil;
    pupil.kind = PersonKind::Leerling;
    pupil.givenNames = QStringLiteral("Sem");
    pupil.surname = QStringLiteral("Aalbers");
    pupil.birthDate = QDate(2013, 5, 1);
    pupil.schoolId = a.id;
    PersonRepository(*m_setup).insert(tx, pupil);
    m_pupilA = pupil.id;
    tx.commit();
    const User admin = addUser(QStringLiteral("srv.beheer"), UserRole::Beheerder, {});
    m_admin = Authenticator::scopeFor(admin);
    addUser(QStringLiteral("srv.bestuur"), UserRole::Bestuur, {});
    addUser(QStringLiteral("srv.dira"), UserRole::Directeur, { m_schoolA });
    addUser(QStringLiteral("srv.dirb"), UserRole::Directeur, { m_schoolB });
    addUser(QStringLiteral("srv.melder"), UserRole::Melder, { m_schoolA });
}

void TestServerLogin::cleanup()
{
    m_setup.reset();
}

User TestServerLogin::addUser(const QString &login, UserRole role, const QList<qint64> &schools)
{
    User user;
    user.login = login;
    user.displayName = login;
    user.role = role;
    user.schoolIds = schools;
    user.active = true;
    UserService(*m_setup, AccessScope::system()).create(user, Temporary);
    return user;
}

OpenDatabase TestServerLogin::as(const QString &login, const QString &password)
{
    const QString userless = DatabaseConnection::serverLocationAs(m_location, QString());
    return DatabaseConnection::openAs(userless, login, password.isEmpty() ? Temporary : password);
}

Incident TestServerLogin::draftIncident(IncidentService &service, qint64 school, const QString &title)
{
    Incident incident = service.draft(school);
    incident.title = title;
    incident.occurredAt = QDateTime(QDate(2026, 9, 14), QTime(9, 0));
    incident.reportedAt = QDateTime(QDate(2026, 9, 14), QTime(11, 0));
    Involvement causer;
    causer.personId = m_pupilA;
    causer.role = InvolvementRole::Veroorzaker;
    incident.involvements.append(causer);
    return incident;
}

void TestServerLogin::theServerChecksThePassword()
{
    QVERIFY(DatabaseConnection::isUserlessServer(DatabaseConnection::serverLocationAs(m_location, QString())));
    QVERIFY(!DatabaseConnection::isUserlessServer(m_location));
    QVERIFY_THROWS_EXCEPTION(StorageError, as(QStringLiteral("srv.dira"), QStringLiteral("fout-wachtwoord")));
    QVERIFY_THROWS_EXCEPTION(StorageError, as(QStringLiteral("niemand"), Temporary));
    const OpenDatabase db = as(QStringLiteral("srv.dira"));
    const Authenticator::Result result = Authenticator(*db).connected();
    QCOMPARE(result.outcome, Authenticator::Outcome::LoggedIn);
    QCOMPARE(result.user.login, QStringLiteral("srv.dira"));
    QCOMPARE(result.scope.role(), UserRole::Directeur);
    QCOMPARE(result.scope.schoolIds(), QList<qint64>{ m_schoolA });
    // Unlocking the window asks the server again.
    QCOMPARE(Authenticator(*db).login(QStringLiteral("srv.dira"), QStringLiteral("fout")).outcome,
             Authenticator::Outcome::WrongCredentials);
    QCOMPARE(Authenticator(*db).login(QStringLiteral("srv.dira"), Temporary).outcome, Authenticator::Outcome::LoggedIn);
    // The set-up account's connection is nobody's login.
    QCOMPARE(Authenticator(*m_setup).connected().outcome, Authenticator::Outcome::WrongCredentials);
}

void TestServerLogin::temporaryPasswordIsReplacedOnTheServer()
{
    {
        const OpenDatabase db = as(QStringLiteral("srv.melder"));
        const Authenticator::Result result = Authenticator(*db).connected();
        QVERIFY(result.user.mustChangePassword);
        Authenticator(*db).replaceTemporaryPassword(result.scope, QStringLiteral("Eigen-keuze-2026"));
        QVERIFY(!Authenticator(*db).connected().user.mustChangePassword);
        QVERIFY_THROWS_EXCEPTION(StorageError, Authenticator(*db).replaceTemporaryPassword(result.scope, QStringLiteral("Nog-een-keer-2026")));
        QVERIFY_THROWS_EXCEPTION(StorageError, Authenticator(*db).changePassword(result.scope, QStringLiteral("fout"),
                                                                                  QStringLiteral("Weer-anders-2026")));
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, as(QStringLiteral("srv.melder"), Temporary));
    const OpenDatabase again = as(QStringLiteral("srv.melder"), QStringLiteral("Eigen-keuze-2026"));
    QVERIFY(again);
    // The change is in the trail like any other: the database is still sound.
    const IntegrityReport report = IntegrityChecker(*m_setup).run();
    QVERIFY2(report.sound(), qPrintable(report.problems.join('\n')));
}

void TestServerLogin::eachRoleWorksWithinItsRights()
{
    // A reporter registers a case in their school and sees only their own cases.
    const OpenDatabase melderDb = as(QStringLiteral("srv.melder"));
    const AccessScope melder = Authenticator(*melderDb).connected().scope;
    IncidentService reporting(*melderDb, melder);
    Incident reported = draftIncident(reporting, m_schoolA, QStringLiteral("Spotprent in de klassenapp"));
    reporting.registerIncident(reported);
    QVERIFY(reported.id > 0);
    QCOMPARE(ListReader(*melderDb, melder).incidentCount(IncidentFilter()), 1);
    // ... and may not propose a measure: the service says so before the server has to.
    MeasureType warning;
    for (const MeasureType &t : MeasureTypeRepository(*melderDb).ladder(Ladder::Leerling))
        if (t.rank == 1)
            warning = t;
    QVERIFY(warning.id > 0);
    Measure measure;
    measure.incidentId = reported.id;
    measure.personId = m_pupilA;
    measure.measureTypeId = warning.id;
    measure.proposedOn = QDate(2026, 9, 15);
    QVERIFY_THROWS_EXCEPTION(StorageError, MeasureService(*melderDb, melder).propose(measure));

    // The director of school A handles it; the director of school B does not see it.
    const OpenDatabase dirADb = as(QStringLiteral("srv.dira"));
    const AccessScope dirA = Authenticator(*dirADb).connected().scope;
    QCOMPARE(ListReader(*dirADb, dirA).incidentCount(IncidentFilter()), 1);
    MeasureService(*dirADb, dirA).propose(measure);
    QVERIFY(measure.id > 0);
    IncidentService handling(*dirADb, dirA);
    Incident own = draftIncident(handling, m_schoolA, QStringLiteral("Doorgestuurde foto"));
    handling.registerIncident(own);
    const OpenDatabase dirBDb = as(QStringLiteral("srv.dirb"));
    const AccessScope dirB = Authenticator(*dirBDb).connected().scope;
    QCOMPARE(ListReader(*dirBDb, dirB).incidentCount(IncidentFilter()), 0);
    QCOMPARE(ListReader(*dirBDb, dirB).persons(PersonFilter(), 0, 100).size(), 0);
    IncidentService other(*dirBDb, dirB);
    Incident elsewhere = draftIncident(other, m_schoolA, QStringLiteral("Elders"));
    QVERIFY_THROWS_EXCEPTION(StorageError, other.registerIncident(elsewhere));
    // The board sees everything; everybody may print with the trail's audit mark.
    const OpenDatabase boardDb = as(QStringLiteral("srv.bestuur"));
    const AccessScope board = Authenticator(*boardDb).connected().scope;
    QCOMPARE(ListReader(*boardDb, board).incidentCount(IncidentFilter()), 2);
    QCOMPARE(AuditTrail::anchor(*melderDb).text(), AuditTrail::anchor(*m_setup).text());
    // Only an administrator reads the trail.
    QVERIFY_THROWS_EXCEPTION(StorageError, AuditTrail(*boardDb, board).count(AuditFilter()));
    const IntegrityReport report = IntegrityChecker(*m_setup).run();
    QVERIFY2(report.sound(), qPrintable(report.problems.join('\n')));
}

void TestServerLogin::administratorsManageTheLogins()
{
    const OpenDatabase adminDb = as(QStringLiteral("srv.beheer"));
    const AccessScope admin = Authenticator(*adminDb).connected().scope;
    QVERIFY(AuditTrail(*adminDb, admin).count(AuditFilter()) > 0);
    // A new user's login exists on the server as soon as the user does.
    User added;
    added.login = QStringLiteral("srv.nieuw");
    added.displayName = QStringLiteral("Nieuwe collega");
    added.role = UserRole::Melder;
    added.schoolIds = { m_schoolA };
    added.active = true;
    UserService(*adminDb, admin).create(added, Temporary);
    QVERIFY(as(QStringLiteral("srv.nieuw")));
    // Renamed: the login moves with the user.
    added.login = QStringLiteral("srv.hernoemd");
    UserService(*adminDb, admin).save(added);
    QVERIFY(as(QStringLiteral("srv.hernoemd")));
    QVERIFY_THROWS_EXCEPTION(StorageError, as(QStringLiteral("srv.nieuw")));
    // A new role: the server's rights follow.
    added.role = UserRole::Directeur;
    UserService(*adminDb, admin).save(added);
    {
        const OpenDatabase promoted = as(QStringLiteral("srv.hernoemd"));
        const AccessScope scope = Authenticator(*promoted).connected().scope;
        QCOMPARE(scope.role(), UserRole::Directeur);
    }
    // Deactivated: the server no longer lets the login in.
    added.active = false;
    UserService(*adminDb, admin).save(added);
    QVERIFY_THROWS_EXCEPTION(StorageError, as(QStringLiteral("srv.hernoemd")));
    // A reset gives a new temporary password on the server.
    added.active = true;
    UserService(*adminDb, admin).save(added);
    Authenticator(*adminDb).resetPassword(admin, added.id, QStringLiteral("Opnieuw-begonnen-9"));
    QVERIFY_THROWS_EXCEPTION(StorageError, as(QStringLiteral("srv.hernoemd")));
    QVERIFY(as(QStringLiteral("srv.hernoemd"), QStringLiteral("Opnieuw-begonnen-9")));
    // Nobody else manages logins.
    const OpenDatabase boardDb = as(QStringLiteral("srv.bestuur"));
    const AccessScope board = Authenticator(*boardDb).connected().scope;
    QVERIFY_THROWS_EXCEPTION(StorageError, Authenticator(*boardDb).resetPassword(board, added.id, QStringLiteral("Overgenomen-12")));
    const IntegrityReport report = IntegrityChecker(*m_setup).run();
    QVERIFY2(report.sound(), qPrintable(report.problems.join('\n')));
}

void TestServerLogin::commandsLogInAsTheServerLogin()
{
    // An office PC's address names no user: each command logs in as its user's own login.
    const QString userless = DatabaseConnection::serverLocationAs(m_location, QString());
    QTemporaryDir home;
    const ProgramRun::Result deadlines = ProgramRun::runAs(home.path(), QStringLiteral("srv.dira"), Temporary,
                                                           { "--database", userless, "deadlines" });
    QVERIFY2(deadlines.code == 0, qPrintable(deadlines.out + deadlines.err));
    const ProgramRun::Result wrong = ProgramRun::runAs(home.path(), QStringLiteral("srv.dira"), QStringLiteral("fout"),
                                                       { "--database", userless, "deadlines" });
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("wachtwoord")), qPrintable(wrong.err));
    const ProgramRun::Result unknown = ProgramRun::runAs(home.path(), QStringLiteral("niemand"), Temporary,
                                                         { "--database", userless, "search", "Aalbers" });
    QCOMPARE(unknown.code, 1);
    // The whole export is an administrator's: a director is refused by the program, and would be
    // by the server.
    const ProgramRun::Result export_ = ProgramRun::runAs(home.path(), QStringLiteral("srv.dira"), Temporary,
                                                         { "--database", userless, "export-json", home.filePath("alles.json") });
    QCOMPARE(export_.code, 1);
    QVERIFY2(export_.err.contains(QStringLiteral("Geen toegang")), qPrintable(export_.err));
    const ProgramRun::Result found = ProgramRun::runAs(home.path(), QStringLiteral("srv.beheer"), Temporary,
                                                       { "--database", userless, "search", "--json", "Aalbers" });
    QVERIFY2(found.code == 0, qPrintable(found.err));
    QVERIFY2(found.out.contains(QStringLiteral("Aalbers")), qPrintable(found.out));
    // The trail names the login the server let in.
    QSqlQuery logins = m_setup->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND "
                                                       "user_login = 'srv.beheer' AND detail = 'server login'"));
    QVERIFY(logins.exec() && logins.next());
    QVERIFY(logins.value(0).toInt() >= 1);
}

void TestServerLogin::usersWithoutAServerLoginAreNamed()
{
    // A user recorded without a server login, as in a database copied from a file.
    qint64 id = 0;
    {
        Transaction tx(*m_setup, AccessScope::system());
        id = TestDatabase::addUser(*m_setup, tx, QStringLiteral("srv.zonder"), UserRole::Directeur, { m_schoolA }).userId();
        tx.commit();
    }
    QCOMPARE(UserService(*m_setup, AccessScope::system()).withoutServerLogin(), QStringList{ QStringLiteral("srv.zonder") });
    QTemporaryDir home;
    const ProgramRun::Result migrated = ProgramRun::runAs(home.path(), QString(), QString(), { "--database", m_location, "migrate" });
    QVERIFY2(migrated.code == 0, qPrintable(migrated.err));
    QVERIFY2(migrated.out.contains(QStringLiteral("srv.zonder")), qPrintable(migrated.out));
    QVERIFY2(!migrated.out.contains(QStringLiteral("srv.dira")), qPrintable(migrated.out));
    // Beheer's reset gives the login; from then on it is not named.
    Authenticator(*m_setup).resetPassword(m_admin, id, QStringLiteral("Eerste-keer-2026"));
    QVERIFY(UserService(*m_setup, AccessScope::system()).withoutServerLogin().isEmpty());
    QVERIFY(as(QStringLiteral("srv.zonder"), QStringLiteral("Eerste-keer-2026")));
}

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
