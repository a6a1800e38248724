// The write twin of tst_access: five users (administrator, board, the directors of two schools,
// a reporter of school A) against the services' writes, on both databases. Each row says who
// may; everybody else is refused with "Geen toegang", a `denied` record is written, and the
// database holds exactly what it held. Then one user who may does it, and it is done. A third
// row runs it all again on PostgreSQL with every user on their own server login, so that the
// server's grants and row security let through exactly what the program allows.
#include "accessscope.h"
#include "actionrepository.h"
#include "actionservice.h"
#include "databaseconnection.h"
#include "incidentrepository.h"
#include "incidentservice.h"
#include "jsonexporter.h"
#include "ladderservice.h"
#include "languagesetup.h"
#include "letterservice.h"
#include "lettertemplaterepository.h"
#include "measuretyperepository.h"
#include "measureservice.h"
#include "organisationservice.h"
#include "personrepository.h"
#include "personservice.h"
#include "protocolrepository.h"
#include "protocolservice.h"
#include "retentionservice.h"
#include "schoolrepository.h"
#include "settingsservice.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"
#include "userservice.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <functional>
#include <map>

using Names = QStringList;
using Write = std::function<void(Database &, const AccessScope &)>;
Q_DECLARE_METATYPE(Write)

class TestWriteAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initTestCase_data();
    void init();
    void cleanup();
    void onlyWhoMayWrites_data();
    void onlyWhoMayWrites();
    void administratorKeepsTheRulesToo();

private:
    qint64 user(Transaction &tx, const QString &login, UserRole role, const QList<qint64> &schools);
    qint64 deniedRecords() const;
    QByteArray content() const;
    // The connection `name` writes through: the set-up one, or in the third row their own login.
    Database &as(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QMap<QString, AccessScope> m_users;
    std::map<QString, OpenDatabase> m_logins;
};

namespace {

const Names everybody{ "admin", "board", "dirA", "dirB", "melderA" };

// The fixture's ids, for the writes that the data rows describe before init() ran.
struct Fixture {
    qint64 schoolA = 0;
    qint64 schoolB = 0;
    qint64 pupilA = 0;
    qint64 caseA = 0;
    qint64 actionA = 0;
    Action action;      // as the set-up connection reads it: a request names it by its ids
    Action policeReport;
    Database *setup = nullptr;      // rows a request names are read here, not as the user
};
Fixture fixture;

// A measure of the pupils' ladder (by its code) for the pupil of case A.
Measure pupilMeasure(Database &db, const char *code)
{
    Measure m;
    m.incidentId = fixture.caseA;
    m.personId = fixture.pupilA;
    for (const MeasureType &t : MeasureTypeRepository(db).ladder(Ladder::Leerling))
        if (t.code == QLatin1String(code))
            m.measureTypeId = t.id;
    return m;
}

} // namespace

void TestWriteAccess::initTestCase_data()
{
    TestDatabase::addDriverRows();
    if (!TestDatabase::postgresqlServer().isEmpty())
        QTest::newRow("postgresql, own logins") << QStringLiteral("postgresql-logins");
}

Database &TestWriteAccess::as(const QString &name)
{
    const auto it = m_logins.find(name);
    return it == m_logins.end() ? *m_db : *it->second;
}

void TestWriteAccess::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
}

qint64 TestWriteAccess::user(Transaction &tx, const QString &login, UserRole role, const QList<qint64> &schools)
{
    const AccessScope scope = TestDatabase::addUser(*m_db, tx, login, role, schools);
    m_users.insert(login, scope);
    return scope.userId();
}

void TestWriteAccess::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    const bool logins = driver == QLatin1String("postgresql-logins");
    m_db = TestDatabase::create(logins ? QStringLiteral("postgresql") : driver, *m_dir);
    m_users.clear();
    m_logins.clear();
    fixture = Fixture();
    fixture.setup = m_db.get();
    {
        Transaction tx(*m_db, AccessScope::system());
        School a;
        a.name = QStringLiteral("De Akker");
        SchoolRepository(*m_db).insert(tx, a);
        School b;
        b.name = QStringLiteral("De Boomgaard");
        SchoolRepository(*m_db).insert(tx, b);
        fixture.schoolA = a.id;
        fixture.schoolB = b.id;
        user(tx, QStringLiteral("admin"), UserRole::Beheerder, {});
        user(tx, QStringLiteral("board"), UserRole::Bestuur, {});
        // The board's office files police reports; nobody else here may.
        User board = *UserRepository(*m_db).get(AccessScope::system(), m_users.value(QStringLiteral("board")).userId());
        board.mayReportToPolice = true;
        UserRepository(*m_db).update(tx, board);
        user(tx, QStringLiteral("dirA"), UserRole::Directeur, { a.id });
        user(tx, QStringLiteral("dirB"), UserRole::Directeur, { b.id });
        user(tx, QStringLiteral("melderA"), UserRole::Melder, { a.id });
        Person pupil;
        pupil.kind = PersonKind::Leerling;
        pupil.givenNames = QStringLiteral("Kim");
        pupil.surname = QStringLiteral("Aalbers");
        pupil.schoolId = a.id;
        pupil.birthDate = QDate(2014, 5, 1);
        PersonRepository(*m_db).insert(tx, pupil);
        fixture.pupilA = pupil.id;
        tx.commit();
    }
    IncidentService service(*m_db, m_users.value(QStringLiteral("melderA")));
    Incident i = service.draft(fixture.schoolA);
    i.title = QStringLiteral("Filmpje gedeeld");
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-10);
    i.reportedAt = i.occurredAt.addSecs(3600);
    i.possiblyCriminal = true;          // files a police-report action
    i.unsafeHomeSigns = true;           // and the Meldcode's
    Involvement causer;
    causer.personId = fixture.pupilA;
    causer.role = InvolvementRole::Veroorzaker;
    i.involvements.append(causer);
    service.registerIncident(i);
    i.articleIds = { ProtocolRepository(*m_db).version(i.protocolVersionId)->articles.first().id };
    IncidentService(*m_db, AccessScope::system()).save(i);
    fixture.caseA = i.id;
    const QList<Action> actions = ActionRepository(*m_db).ofIncident(AccessScope::system(), fixture.caseA);
    QVERIFY(!actions.isEmpty());
    for (const Action &a : actions) {
        if (a.kind == ActionKind::Aangifte)
            fixture.policeReport = a;
        else
            fixture.action = a;
    }
    fixture.actionA = fixture.action.id;
    QVERIFY(fixture.action.id > 0 && fixture.policeReport.id > 0);
    if (logins) {
        const QString office = DatabaseConnection::serverLocationAs(m_db->location(), QString());
        for (const QString &name : m_users.keys()) {
            QSqlQuery sync = m_db->prepare(QStringLiteral("SELECT dossierkast_sync_login(?, ?)"));
            sync.addBindValue(name);
            sync.addBindValue(QStringLiteral("geheim-") + name);
            SqlValues::exec(sync);
            m_logins.emplace(name, DatabaseConnection::openAs(office, name, QStringLiteral("geheim-") + name));
        }
    }
}

void TestWriteAccess::cleanup()
{
    m_logins.clear();
    m_db.reset();
    m_dir.reset();
}

qint64 TestWriteAccess::deniedRecords() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied'"));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

QByteArray TestWriteAccess::content() const
{
    return QJsonDocument(JsonExporter(*m_db).document()).toJson(QJsonDocument::Compact);
}

void TestWriteAccess::onlyWhoMayWrites_data()
{
    // The rows are added once per driver row; the writes read the fixture when they run.
    QTest::addColumn<Write>("write");
    QTest::addColumn<Names>("allowed");
    const Names handlersA{ "admin", "board", "dirA" };
    const Names administrator{ "admin" };

    QTest::newRow("propose a warning for a pupil") << Write([](Database &db, const AccessScope &who) {
        Measure m = pupilMeasure(db, "waarschuwing");
        m.status = MeasureStatus::Voornemen;
        m.proposedOn = QDate::currentDate();
        m.motivation = QStringLiteral("Eerste keer.");
        MeasureService(db, who).propose(m);
    }) << handlersA;
    QTest::newRow("impose a pupil suspension (the melder's case in the issue)") << Write([](Database &db, const AccessScope &who) {
        Measure m = pupilMeasure(db, "schorsing");
        const QDate monday = QDate::currentDate().addDays(-(QDate::currentDate().dayOfWeek() - 1) - 7);
        m.status = MeasureStatus::Opgelegd;
        m.proposedOn = m.decidedOn = m.startsOn = monday;
        m.endsOn = monday.addDays(1);
        m.motivation = QStringLiteral("Het filmpje bleef online.");
        m.escalationMotivation = QStringLiteral("Ernstig.");
        MeasureService(db, who).propose(m);
    }) << handlersA;
    QTest::newRow("rename a case of school A") << Write([](Database &db, const AccessScope &who) {
        Incident i = IncidentRepository(*fixture.setup).require(AccessScope::system(), fixture.caseA);
        i.title = QStringLiteral("Andere titel");
        IncidentService(db, who).save(i);
    }) << handlersA;
    QTest::newRow("move a case of school A on to in behandeling") << Write([](Database &db, const AccessScope &who) {
        Incident i = IncidentRepository(*fixture.setup).require(AccessScope::system(), fixture.caseA);
        IncidentService(db, who).changeStatus(i, IncidentStatus::InBehandeling, QString());
    }) << handlersA;
    QTest::newRow("add a note to a case of school A") << Write([](Database &db, const AccessScope &who) {
        IncidentService(db, who).addNote(fixture.caseA, QStringLiteral("Gesprek gevoerd."));
    }) << Names{ "admin", "board", "dirA", "melderA" };         // the reporter: their own case
    QTest::newRow("register an incident at school B") << Write([](Database &db, const AccessScope &who) {
        IncidentService service(db, who);
        Incident i = service.draft(fixture.schoolB);
        i.title = QStringLiteral("Nepaccount");
        i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
        i.reportedAt = i.occurredAt.addSecs(600);
        i.noCauserReason = QStringLiteral("Onbekend account.");
        service.registerIncident(i);
    }) << Names{ "admin", "board", "dirB" };
    QTest::newRow("mark an action of case A not needed") << Write([](Database &db, const AccessScope &who) {
        Action a = fixture.action;
        ActionService(db, who).markNotNeeded(a, QStringLiteral("Al gedaan door de wijkagent."));
    }) << handlersA;
    QTest::newRow("close the police report of case A as not needed (only who may file one)")
        << Write([](Database &db, const AccessScope &who) {
               Action a = fixture.policeReport;
               ActionService(db, who).markNotNeeded(a, QStringLiteral("Geen strafbaar feit."));
           })
        << Names{ "board" };
    QTest::newRow("make oneself an administrator") << Write([](Database &db, const AccessScope &who) {
        User self = *UserRepository(db).get(AccessScope::system(), who.userId());
        self.role = UserRole::Beheerder;
        self.schoolIds.clear();
        UserService(db, who).save(self);
    }) << administrator;
    QTest::newRow("add a user") << Write([](Database &db, const AccessScope &who) {
        User u;
        u.login = QStringLiteral("nieuw.%1").arg(who.login().toLower());
        u.displayName = QStringLiteral("Nieuwe collega");
        u.role = UserRole::Directeur;
        u.schoolIds = { fixture.schoolA };
        UserService(db, who).create(u, QStringLiteral("Tijdelijk-wachtwoord-2026"));
    }) << administrator;
    QTest::newRow("set the longest pupil suspension") << Write([](Database &db, const AccessScope &who) {
        SettingsService(db, who).save({ { QStringLiteral("pupil_suspension_max_school_days"), QStringLiteral("4") } });
    }) << administrator;
    QTest::newRow("file a letter about a pupil of school A") << Write([](Database &db, const AccessScope &who) {
        LetterService letters(db, who, QStringLiteral("Ondertekenaar"), QStringLiteral("directeur"));
        LetterService::Request request;
        for (const LetterTemplate &t : LetterTemplateRepository(db).list())
            if (t.code == QLatin1String("uitnodiging_gesprek"))     // one for a pupil, filled by the case alone
                request.letter = t;
        request.incidentId = fixture.caseA;
        request.subjectPersonId = fixture.pupilA;
        request.recipients = LetterService(*fixture.setup, AccessScope::system(), QString(), QString()).recipientsFor(fixture.pupilA).mid(0, 1);
        letters.issue(request);
    }) << handlersA;
    QTest::newRow("rename a school") << Write([](Database &db, const AccessScope &who) {
        School school = *SchoolRepository(db).get(AccessScope::system(), fixture.schoolA);
        school.name = QStringLiteral("De Akker (nieuw)");
        OrganisationService(db, who).saveSchool(school);
    }) << administrator;
    QTest::newRow("add a pupil at school A") << Write([](Database &db, const AccessScope &who) {
        Person p;
        p.kind = PersonKind::Leerling;
        p.givenNames = QStringLiteral("Noa");
        p.surname = QStringLiteral("Jansen");
        p.schoolId = fixture.schoolA;
        p.birthDate = QDate(2015, 2, 3);
        PersonService::Links links;
        PersonService(db, who).save(p, links);
    }) << handlersA;
    QTest::newRow("mark a pupil of school A as left") << Write([](Database &db, const AccessScope &who) {
        Person p = *PersonRepository(*fixture.setup).get(AccessScope::system(), fixture.pupilA);
        PersonService(db, who).markLeft(p, QDate::currentDate());
    }) << handlersA;
    QTest::newRow("add a rung to the pupils' ladder") << Write([](Database &db, const AccessScope &who) {
        MeasureType rung;
        rung.ladder = Ladder::Leerling;
        rung.name = QStringLiteral("Gesprek met ouders");
        rung.rank = 1;
        rung.active = true;
        LadderService(db, who).saveRung(rung);
    }) << administrator;
    QTest::newRow("add a school holiday") << Write([](Database &db, const AccessScope &who) {
        LadderService(db, who).addHoliday(0, QStringLiteral("Studiedag"), QDate::currentDate().addDays(30),
                                          QDate::currentDate().addDays(30));
    }) << administrator;
    QTest::newRow("add a protocol version") << Write([](Database &db, const AccessScope &who) {
        ProtocolVersion version;
        version.name = QStringLiteral("Protocol 2027");
        version.inForceFrom = QDate(2027, 8, 1);
        ProtocolService(db, who).addVersion(version, 0);
    }) << administrator;
    QTest::newRow("put a legal hold on a pupil of school A") << Write([](Database &db, const AccessScope &who) {
        LegalHold hold;
        hold.personId = fixture.pupilA;
        hold.reason = QStringLiteral("Aangifte loopt.");
        hold.startsOn = QDate::currentDate();
        RetentionService(db, who).saveHold(hold);
    }) << handlersA;
}

void TestWriteAccess::onlyWhoMayWrites()
{
    QFETCH(Write, write);
    QFETCH(Names, allowed);
    for (const QString &name : everybody) {
        if (allowed.contains(name))
            continue;
        const QByteArray before = content();
        const qint64 denied = deniedRecords();
        try {
            write(as(name), m_users.value(name));
            QFAIL(qPrintable(QStringLiteral("%1 was allowed to").arg(name)));
        } catch (const StorageError &error) {
            QVERIFY2(error.kind() == StorageError::Kind::Denied, qPrintable(name + QStringLiteral(": ") + error.message()));
            QVERIFY2(error.message().startsWith(QStringLiteral("Geen toegang")), qPrintable(error.message()));
        }
        QVERIFY2(deniedRecords() == denied + 1, qPrintable(name));
        QVERIFY2(content() == before, qPrintable(name + QStringLiteral(" changed something")));
    }
    // Somebody who may does it (the last of them: the directors and reporters are the cases
    // the rows are about), and something changed.
    const QByteArray before = content();
    const QString doer = allowed.last();
    try {
        write(as(doer), m_users.value(doer));
    } catch (const StorageError &error) {
        QFAIL(qPrintable(doer + QStringLiteral(" was refused: ") + error.message() + QStringLiteral(" — ") + error.detail()));
    }
    QVERIFY2(content() != before, qPrintable(doer + QStringLiteral(" changed nothing")));
}

void TestWriteAccess::administratorKeepsTheRulesToo()
{
    const AccessScope admin = m_users.value(QStringLiteral("admin"));
    // Fifty school days is outside the law's and the setting's range.
    try {
        SettingsService(*m_db, admin).save({ { QStringLiteral("pupil_suspension_max_school_days"), QStringLiteral("50") } });
        QFAIL("a 50-day suspension maximum was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
    }
    // Nobody demotes or deactivates themselves, so a board always keeps an administrator.
    User self = *UserRepository(*m_db).get(AccessScope::system(), admin.userId());
    self.role = UserRole::Directeur;
    QVERIFY_THROWS_EXCEPTION(StorageError, UserService(*m_db, admin).save(self));
    self = *UserRepository(*m_db).get(AccessScope::system(), admin.userId());
    self.active = false;
    QVERIFY_THROWS_EXCEPTION(StorageError, UserService(*m_db, admin).save(self));
    QCOMPARE(UserRepository(*m_db).get(AccessScope::system(), admin.userId())->role, UserRole::Beheerder);
}

QTEST_MAIN(TestWriteAccess)
#include "tst_writeaccess.moc"
