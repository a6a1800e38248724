#include "correspondencerepository.h"
#include "database.h"
#include "guardianshiprepository.h"
#include "incidentrepository.h"
#include "measuretyperepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "settingsrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QTest>

// Typed repositories: values in, the same values out, and reads limited to the scope.
class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void organisationSavedAndUpdated();
    void personsRoundTripAndScope();
    void guardianshipsLinkParentsAndPupils();
    void incidentsGetReferencesPerYear();
    void incidentVisibility();
    void correspondenceFiledInADossier();
    void usersWithSchools();
    void protocolAndLadders();
    void settings();

private:
    Person pupil(const QString &surname, qint64 school);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
};

void TestRepositories::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    Transaction tx(*m_db, AccessScope::system());
    School a;
    a.name = QStringLiteral("De Linde");
    a.brin = QStringLiteral("12AB00");
    SchoolRepository(*m_db).insert(tx, a);
    School b;
    b.name = QStringLiteral("Het Kompas");
    SchoolRepository(*m_db).insert(tx, b);
    tx.commit();
    m_schoolA = a.id;
    m_schoolB = b.id;
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Person TestRepositories::pupil(const QString &surname, qint64 school)
{
    Person p;
    p.kind = PersonKind::Leerling;
    p.givenNames = QStringLiteral("Zoë Anaïs");
    p.roepnaam = QStringLiteral("Zoë");
    p.tussenvoegsel = QStringLiteral("van 't");
    p.surname = surname;
    p.birthDate = QDate(2016, 2, 29);
    p.schoolId = school;
    p.groupName = QStringLiteral("Groep 5A");
    return p;
}

void TestRepositories::organisationSavedAndUpdated()
{
    OrganisationRepository repo(*m_db);
    QVERIFY(!repo.get().has_value());
    Organisation o;
    o.name = QStringLiteral("Stichting Lindewaard");
    {
        Transaction tx(*m_db, AccessScope::system());
        repo.save(tx, o);
        o.city = QStringLiteral("Hengelo");
        repo.save(tx, o);
        tx.commit();
    }
    QCOMPARE(repo.get()->city, QStringLiteral("Hengelo"));
    QCOMPARE(repo.get()->version, 2);
}

void TestRepositories::personsRoundTripAndScope()
{
    PersonRepository repo(*m_db);
    Person p = pupil(QStringLiteral("Öztürk"), m_schoolA);
    {
        Transaction tx(*m_db, AccessScope::system());
        repo.insert(tx, p);
        tx.commit();
    }
    const std::optional<Person> read = repo.get(AccessScope::system(), p.id);
    QVERIFY(read.has_value());
    QCOMPARE(read->surname, QStringLiteral("Öztürk"));
    QCOMPARE(read->birthDate, QDate(2016, 2, 29));
    QCOMPARE(read->displayName(), QStringLiteral("Zoë van 't Öztürk"));
    QCOMPARE(read->kind, PersonKind::Leerling);
    QCOMPARE(read->version, 1);

    const AccessScope ownDirector(4, "d", UserRole::Directeur, { m_schoolA });
    const AccessScope otherDirector(5, "e", UserRole::Directeur, { m_schoolB });
    QVERIFY(repo.get(ownDirector, p.id).has_value());
    QVERIFY(!repo.get(otherDirector, p.id).has_value());
    QCOMPARE(repo.count(ownDirector, PersonKind::Leerling), 1);
    QCOMPARE(repo.count(otherDirector, PersonKind::Leerling), 0);

    Person changed = *read;
    changed.leaveDate = QDate(2026, 7, 10);
    {
        Transaction tx(*m_db, AccessScope::system());
        repo.update(tx, changed);
        tx.commit();
    }
    QCOMPARE(repo.get(AccessScope::system(), p.id)->leaveDate, QDate(2026, 7, 10));
    // The stale copy cannot be saved over it.
    {
        Transaction tx(*m_db, AccessScope::system());
        Person stale = *read;
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.update(tx, stale));
    }
    // A pupil without a date of birth is refused by the schema.
    Transaction tx(*m_db, AccessScope::system());
    Person incomplete = pupil(QStringLiteral("Bakker"), m_schoolA);
    incomplete.birthDate = QDate();
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(tx, incomplete));
}

void TestRepositories::guardianshipsLinkParentsAndPupils()
{
    PersonRepository persons(*m_db);
    GuardianshipRepository links(*m_db);
    Transaction tx(*m_db, AccessScope::system());
    Person child = pupil(QStringLiteral("Jansen"), m_schoolA);
    persons.insert(tx, child);
    Person mother;
    mother.kind = PersonKind::Ouder;
    mother.surname = QStringLiteral("Jansen");
    persons.insert(tx, mother);
    Guardianship g;
    g.parentId = mother.id;
    g.pupilId = child.id;
    g.relation = GuardianRelation::Moeder;
    g.receivesMail = false;
    links.insert(tx, g);
    QCOMPARE(links.ofPupil(child.id).size(), 1);
    QCOMPARE(links.ofParent(mother.id).first().relation, GuardianRelation::Moeder);
    QVERIFY(!links.ofParent(mother.id).first().receivesMail);
    // The wrong way round is refused.
    Guardianship reversed;
    reversed.parentId = child.id;
    reversed.pupilId = mother.id;
    QVERIFY_THROWS_EXCEPTION(StorageError, links.insert(tx, reversed));
}

void TestRepositories::incidentsGetReferencesPerYear()
{
    IncidentRepository repo(*m_db);
    PersonRepository persons(*m_db);
    const ProtocolVersion protocol = *ProtocolRepository(*m_db).inForceOn(QDate(2026, 3, 1));
    Transaction tx(*m_db, AccessScope::system());
    Person causer = pupil(QStringLiteral("de Vries"), m_schoolA);
    persons.insert(tx, causer);
    QStringList references;
    const QList<QDate> dates{ QDate(2026, 3, 1), QDate(2026, 11, 2), QDate(2027, 1, 5) };
    for (const QDate &date : dates) {
        Incident i;
        i.schoolId = m_schoolA;
        i.protocolVersionId = protocol.id;
        i.title = QStringLiteral("Kwetsende berichten");
        i.occurredAt = QDateTime(date, QTime(10, 0));
        i.reportedAt = QDateTime(date, QTime(12, 0));
        i.platform = Platform::WhatsApp;
        i.severity = Severity::Ernstig;
        i.harms = { Harm::Pesten, Harm::Kwetsen };
        i.articleIds = { protocol.articles.first().id };
        Involvement v;
        v.personId = causer.id;
        v.role = InvolvementRole::Veroorzaker;
        i.involvements = { v };
        repo.insert(tx, i);
        references.append(i.reference);
    }
    tx.commit();
    QCOMPARE(references, QStringList({ "2026-0001", "2026-0002", "2027-0001" }));
    const Incident read = *repo.get(AccessScope::system(), 1);
    QCOMPARE(read.harms, QList<Harm>({ Harm::Pesten, Harm::Kwetsen }));
    QCOMPARE(read.involvements.size(), 1);
    QCOMPARE(read.involvements.first().role, InvolvementRole::Veroorzaker);
    QCOMPARE(read.occurredAt, QDateTime(dates.first(), QTime(10, 0)).toUTC());
    QCOMPARE(read.platform, Platform::WhatsApp);
}

void TestRepositories::incidentVisibility()
{
    IncidentRepository repo(*m_db);
    const ProtocolVersion protocol = *ProtocolRepository(*m_db).inForceOn(QDate::currentDate());
    Transaction tx(*m_db, AccessScope::system());
    const auto make = [&](qint64 school, bool confidential, qint64 registeredBy) {
        Incident i;
        i.schoolId = school;
        i.protocolVersionId = protocol.id;
        i.title = QStringLiteral("Melding");
        i.occurredAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
        i.reportedAt = i.occurredAt;
        i.confidential = confidential;
        i.registeredByUserId = registeredBy;
        repo.insert(tx, i);
        return i.id;
    };
    const qint64 open = make(m_schoolA, false, 0);
    const qint64 secret = make(m_schoolA, true, 0);
    const qint64 elsewhere = make(m_schoolB, false, 0);
    tx.commit();
    const AccessScope director(4, "d", UserRole::Directeur, { m_schoolA });
    const AccessScope board(6, "b", UserRole::Bestuur, {});
    const AccessScope reporter(8, "m", UserRole::Melder, { m_schoolA });
    QVERIFY(repo.get(director, open).has_value());
    QVERIFY(!repo.get(director, secret).has_value());
    QVERIFY(!repo.get(director, elsewhere).has_value());
    QVERIFY(repo.get(board, secret).has_value());
    QCOMPARE(repo.count(board), 3);
    QCOMPARE(repo.count(director), 1);
    QCOMPARE(repo.count(reporter), 0);
}

void TestRepositories::correspondenceFiledInADossier()
{
    PersonRepository persons(*m_db);
    CorrespondenceRepository repo(*m_db);
    Transaction tx(*m_db, AccessScope::system());
    Person child = pupil(QStringLiteral("Smit"), m_schoolA);
    persons.insert(tx, child);
    Person father;
    father.kind = PersonKind::Ouder;
    father.surname = QStringLiteral("Smit");
    persons.insert(tx, father);
    Correspondence letter;
    letter.personId = father.id;
    letter.direction = Direction::Uit;
    letter.channel = Channel::Aangetekend;
    letter.sentOn = QDate(2026, 4, 2);
    letter.subject = QStringLiteral("Besluit schorsing");
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(tx, letter));
    letter.personId = child.id;
    letter.aboutPersonId = father.id;
    repo.insert(tx, letter);
    QVERIFY(letter.id > 0);
}

void TestRepositories::usersWithSchools()
{
    UserRepository repo(*m_db);
    User u;
    u.login = QStringLiteral("j.dejong");
    u.displayName = QStringLiteral("J. de Jong");
    u.role = UserRole::Directeur;
    u.schoolIds = { m_schoolA, m_schoolB };
    {
        Transaction tx(*m_db, AccessScope::system());
        repo.insert(tx, u);
        tx.commit();
    }
    const std::optional<User> read = repo.findByLogin(QStringLiteral("J.DeJong"));   // logins ignore case
    QVERIFY(read.has_value());
    QCOMPARE(read->schoolIds, QList<qint64>({ m_schoolA, m_schoolB }));
    QCOMPARE(read->role, UserRole::Directeur);
    QCOMPARE(repo.list(AccessScope::system()).size(), 1);
    QVERIFY(repo.get(AccessScope(u.id, u.login, UserRole::Directeur, {}), u.id).has_value());
    QVERIFY(!repo.get(AccessScope(u.id + 1, "ander", UserRole::Directeur, { m_schoolA }), u.id).has_value());
    QVERIFY(repo.list(AccessScope(u.id + 1, "ander", UserRole::Melder, {})).isEmpty());
    Transaction tx(*m_db, AccessScope::system());
    User duplicate = u;
    duplicate.login = QStringLiteral("J.DEJONG");
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(tx, duplicate));
}

void TestRepositories::protocolAndLadders()
{
    ProtocolRepository protocols(*m_db);
    QVERIFY(!protocols.inForceOn(QDate(2019, 12, 31)).has_value());
    const ProtocolVersion current = *protocols.inForceOn(QDate(2026, 1, 1));
    QCOMPARE(current.articles.size(), 22);
    QCOMPARE(current.articles.first().code, QStringLiteral("A1"));
    QVERIFY(current.articles.last().isSanction);
    const QList<MeasureType> staff = MeasureTypeRepository(*m_db).ladder(Ladder::Medewerker);
    QCOMPARE(staff.size(), 5);
    QCOMPARE(staff.at(1).code, QStringLiteral("berisping"));      // a reprimand ranks below a suspension
    QCOMPARE(staff.at(2).code, QStringLiteral("schorsing"));
    QVERIFY(!staff.first().isDisciplinary);
    QVERIFY(staff.at(2).hasPeriod);
}

void TestRepositories::settings()
{
    SettingsRepository repo(*m_db);
    QCOMPARE(repo.intValue("staff_appeal_weeks", 0), 6);
    QCOMPARE(repo.source("staff_appeal_weeks"), QStringLiteral("Commissie van Beroep funderend onderwijs"));
    QCOMPARE(repo.value("bestaat_niet", "x"), QStringLiteral("x"));
    Transaction tx(*m_db, AccessScope::system());
    repo.setValue(tx, "staff_appeal_weeks", "8");
    repo.setValue(tx, "nieuw", "1");
    tx.commit();
    QCOMPARE(repo.intValue("staff_appeal_weeks", 0), 8);
    QCOMPARE(repo.value("nieuw"), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
