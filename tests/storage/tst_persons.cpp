#include "accessscope.h"
#include "actionrepository.h"
#include "auditlog.h"
#include "correspondencerepository.h"
#include "database.h"
#include "dossierreader.h"
#include "guardianshiprepository.h"
#include "incidentrepository.h"
#include "measurerepository.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QTest>

// The person list (filters, Dutch name order, search, pages), deleting and linking persons,
// and the dossier timeline with its audit record; the same expectations for every driver.
class TestPersons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void sortsInDutchNameOrder();
    void sortsOtherColumnsWithEmptyLast();
    void filters_data();
    void filters();
    void pagesAddUp();
    void listsGroupsInNaturalOrder();
    void honoursAccess();
    void deletesOnlyWhenNothingIsFiled();
    void editsGuardianships();
    void dossierShowsEverythingFiled();
    void parentSeesCorrespondenceAboutThem();
    void openingADossierIsAudited();

private:
    qint64 add(Transaction &tx, PersonKind kind, const QString &given, const QString &tussenvoegsel,
               const QString &surname, qint64 school, const QString &group = QString(),
               const QString &externalId = QString(), const QDate &left = QDate());
    QStringList names(const PersonFilter &filter, const AccessScope &scope = AccessScope::system()) const;
    qint64 auditCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
    qint64 m_hof = 0;
    qint64 m_jansen = 0;
    qint64 m_mother = 0;
};

qint64 TestPersons::add(Transaction &tx, PersonKind kind, const QString &given, const QString &tussenvoegsel,
                        const QString &surname, qint64 school, const QString &group, const QString &externalId,
                        const QDate &left)
{
    Person p;
    p.kind = kind;
    p.givenNames = given;
    p.tussenvoegsel = tussenvoegsel;
    p.surname = surname;
    if (kind == PersonKind::Leerling)
        p.birthDate = QDate(2015, 5, 5).addDays(surname.size());
    p.schoolId = school;
    if (kind == PersonKind::Medewerker)
        p.functionTitle = group;
    else
        p.groupName = group;
    p.externalId = externalId;
    p.leaveDate = left;
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

void TestPersons::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    Transaction tx(*m_db, AccessScope::system());
    School a;
    a.name = QStringLiteral("De Esch");
    SchoolRepository(*m_db).insert(tx, a);
    School b;
    b.name = QStringLiteral("Het Kompas");
    SchoolRepository(*m_db).insert(tx, b);
    m_schoolA = a.id;
    m_schoolB = b.id;
    const QDate past = QDate::currentDate().addDays(-10);
    const QDate future = QDate::currentDate().addDays(30);
    add(tx, PersonKind::Leerling, QStringLiteral("Émile"), QString(), QStringLiteral("Öztürk"), a.id,
        QStringLiteral("groep 10"), QStringLiteral("100023"));
    m_hof = add(tx, PersonKind::Leerling, QStringLiteral("Jan"), QStringLiteral("van 't"), QStringLiteral("Hof"), a.id,
                QStringLiteral("groep 3"), QStringLiteral("100024"));
    add(tx, PersonKind::Leerling, QStringLiteral("Pim"), QString(), QStringLiteral("Hofman"), a.id,
        QStringLiteral("groep 3"), QString(), past);
    add(tx, PersonKind::Leerling, QStringLiteral("Zoë"), QString(), QStringLiteral("Yılmaz"), b.id,
        QStringLiteral("groep 5"));
    add(tx, PersonKind::Leerling, QStringLiteral("Daan"), QStringLiteral("de"), QStringLiteral("Boer"), b.id,
        QStringLiteral("groep 5"), QString(), future);
    m_jansen = add(tx, PersonKind::Medewerker, QStringLiteral("Sanne"), QString(), QStringLiteral("Jansen"), a.id,
                   QStringLiteral("leerkracht"), QStringLiteral("P-77"));
    m_mother = add(tx, PersonKind::Ouder, QStringLiteral("Ayla"), QString(), QStringLiteral("Aarts"), 0);
    tx.commit();
}

void TestPersons::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestPersons::names(const PersonFilter &filter, const AccessScope &scope) const
{
    QStringList result;
    for (const Person &p : PersonRepository(*m_db).list(scope, filter, 0, 1000))
        result.append(p.sortName());
    return result;
}

qint64 TestPersons::auditCount() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

void TestPersons::sortsInDutchNameOrder()
{
    PersonFilter filter;
    filter.status = PersonFilter::Status::All;
    const QStringList expected{ "Aarts, Ayla", "Boer, Daan de", "Hof, Jan van 't", "Hofman, Pim",
                                "Jansen, Sanne", "Öztürk, Émile", "Yılmaz, Zoë" };
    QCOMPARE(names(filter), expected);
    filter.descending = true;
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(filter), reversed);
    // A renamed person moves: the order key follows every write.
    Transaction tx(*m_db, AccessScope::system());
    Person hof = *PersonRepository(*m_db).get(AccessScope::system(), m_hof);
    hof.surname = QStringLiteral("Zwart");
    hof.tussenvoegsel.clear();
    PersonRepository(*m_db).update(tx, hof);
    tx.commit();
    filter.descending = false;
    QCOMPARE(names(filter).last(), QStringLiteral("Zwart, Jan"));
}

void TestPersons::sortsOtherColumnsWithEmptyLast()
{
    PersonFilter filter;
    filter.status = PersonFilter::Status::All;
    filter.sort = PersonFilter::Sort::ExternalId;
    QStringList byNumber = names(filter);
    QCOMPARE(byNumber.mid(0, 3), QStringList({ "Öztürk, Émile", "Hof, Jan van 't", "Jansen, Sanne" }));
    filter.descending = true;
    byNumber = names(filter);
    QCOMPARE(byNumber.mid(0, 3), QStringList({ "Jansen, Sanne", "Hof, Jan van 't", "Öztürk, Émile" }));
    // Those without a number follow, in name order.
    QCOMPARE(byNumber.mid(3), QStringList({ "Yılmaz, Zoë", "Hofman, Pim", "Boer, Daan de", "Aarts, Ayla" }));
    filter.sort = PersonFilter::Sort::School;
    filter.descending = false;
    QCOMPARE(names(filter).last(), QStringLiteral("Aarts, Ayla"));
    QCOMPARE(names(filter).first(), QStringLiteral("Hof, Jan van 't"));
}

void TestPersons::filters_data()
{
    QTest::addColumn<int>("kind");      // -1: all
    QTest::addColumn<int>("school");    // 0: all, 1: A, 2: B
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const int all = int(PersonFilter::Status::All);
    const int current = int(PersonFilter::Status::Current);
    const int left = int(PersonFilter::Status::Left);
    QTest::newRow("current: future leave date counts")
        << -1 << 0 << QString() << current << QString()
        << QStringList{ "Aarts, Ayla", "Boer, Daan de", "Hof, Jan van 't", "Jansen, Sanne", "Öztürk, Émile", "Yılmaz, Zoë" };
    QTest::newRow("left") << -1 << 0 << QString() << left << QString() << QStringList{ "Hofman, Pim" };
    QTest::newRow("staff") << int(PersonKind::Medewerker) << 0 << QString() << all << QString()
                           << QStringList{ "Jansen, Sanne" };
    QTest::newRow("school B") << -1 << 2 << QString() << all << QString()
                              << QStringList{ "Boer, Daan de", "Yılmaz, Zoë" };
    QTest::newRow("group") << -1 << 1 << "groep 3" << all << QString()
                           << QStringList{ "Hof, Jan van 't", "Hofman, Pim" };
    QTest::newRow("function") << -1 << 0 << "leerkracht" << all << QString() << QStringList{ "Jansen, Sanne" };
    QTest::newRow("search without diacritics") << -1 << 0 << QString() << all << "ozturk"
                                               << QStringList{ "Öztürk, Émile" };
    QTest::newRow("search tussenvoegsel part") << -1 << 0 << QString() << all << "hof"
                                               << QStringList{ "Hof, Jan van 't", "Hofman, Pim" };
    QTest::newRow("search two words") << -1 << 0 << QString() << all << "JAN HOF" << QStringList{ "Hof, Jan van 't" };
    QTest::newRow("search number") << -1 << 0 << QString() << all << "10002"
                                   << QStringList{ "Hof, Jan van 't", "Öztürk, Émile" };
    QTest::newRow("search and filter") << int(PersonKind::Leerling) << 1 << QString() << current << "hof"
                                       << QStringList{ "Hof, Jan van 't" };
    QTest::newRow("search punctuation only") << -1 << 2 << QString() << all << "'\"*("
                                             << QStringList{ "Boer, Daan de", "Yılmaz, Zoë" };
    QTest::newRow("nothing") << -1 << 0 << QString() << all << "xyzzy" << QStringList{};
}

void TestPersons::filters()
{
    QFETCH(int, kind);
    QFETCH(int, school);
    QFETCH(QString, group);
    QFETCH(int, status);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    PersonFilter filter;
    if (kind >= 0)
        filter.kind = PersonKind(kind);
    filter.schoolId = school == 1 ? m_schoolA : school == 2 ? m_schoolB : 0;
    filter.group = group;
    filter.status = PersonFilter::Status(status);
    filter.search = search;
    QCOMPARE(names(filter), expected);
    QCOMPARE(PersonRepository(*m_db).count(AccessScope::system(), filter), int(expected.size()));
}

void TestPersons::pagesAddUp()
{
    PersonFilter filter;
    filter.status = PersonFilter::Status::All;
    PersonRepository persons(*m_db);
    QStringList paged;
    for (int offset = 0; offset < 10; offset += 3)
        for (const Person &p : persons.list(AccessScope::system(), filter, offset, 3))
            paged.append(p.sortName());
    QCOMPARE(paged, names(filter));
    QCOMPARE(persons.list(AccessScope::system(), filter, 7, 3).size(), 0);
}

void TestPersons::listsGroupsInNaturalOrder()
{
    PersonRepository persons(*m_db);
    QCOMPARE(persons.groups(AccessScope::system(), m_schoolA), QStringList({ "groep 3", "groep 10", "leerkracht" }));
    QCOMPARE(persons.groups(AccessScope::system(), m_schoolB), QStringList({ "groep 5" }));
}

void TestPersons::honoursAccess()
{
    const AccessScope directorB(5, QStringLiteral("directeur"), UserRole::Directeur, { m_schoolB });
    PersonFilter filter;
    filter.status = PersonFilter::Status::All;
    // Parents have no school and stay visible (the access issue narrows this).
    QCOMPARE(names(filter, directorB), QStringList({ "Aarts, Ayla", "Boer, Daan de", "Yılmaz, Zoë" }));
    filter.search = QStringLiteral("hof");
    QCOMPARE(names(filter, directorB), QStringList());
    QCOMPARE(PersonRepository(*m_db).groups(directorB, 0), QStringList({ "groep 5" }));
    QVERIFY(!DossierReader(*m_db, directorB).relatives(*PersonRepository(*m_db).get(AccessScope::system(), m_mother)).size());
    QVERIFY_THROWS_EXCEPTION(StorageError, DossierReader(*m_db, directorB).open(m_hof));
}

void TestPersons::deletesOnlyWhenNothingIsFiled()
{
    PersonRepository persons(*m_db);
    {
        Transaction tx(*m_db, AccessScope::system());
        Guardianship link;
        link.parentId = m_mother;
        link.pupilId = m_hof;
        GuardianshipRepository(*m_db).insert(tx, link);
        Correspondence letter;
        letter.personId = m_jansen;
        letter.direction = Direction::Uit;
        letter.channel = Channel::Brief;
        letter.sentOn = QDate(2026, 3, 4);
        letter.subject = QStringLiteral("Uitnodiging");
        CorrespondenceRepository(*m_db).insert(tx, letter);
        tx.commit();
    }
    QCOMPARE(persons.filedCount(m_jansen), 1);
    QCOMPARE(persons.filedCount(m_mother), 0);
    const qint64 before = auditCount();
    {
        Transaction tx(*m_db, AccessScope::system());
        QVERIFY_THROWS_EXCEPTION(StorageError, persons.remove(tx, m_jansen));
    }
    QVERIFY(persons.get(AccessScope::system(), m_jansen));
    QCOMPARE(auditCount(), before);
    {
        Transaction tx(*m_db, AccessScope::system());
        persons.remove(tx, m_mother);
        tx.commit();
    }
    QVERIFY(!persons.get(AccessScope::system(), m_mother));
    QVERIFY(GuardianshipRepository(*m_db).ofPupil(m_hof).isEmpty());
    QCOMPARE(auditCount(), before + 2);     // the link, then the person
    PersonFilter filter;
    filter.search = QStringLiteral("aarts");
    QCOMPARE(names(filter), QStringList());
}

void TestPersons::editsGuardianships()
{
    GuardianshipRepository links(*m_db);
    Guardianship link;
    link.parentId = m_mother;
    link.pupilId = m_hof;
    link.relation = GuardianRelation::Moeder;
    {
        Transaction tx(*m_db, AccessScope::system());
        links.insert(tx, link);
        tx.commit();
    }
    {
        Transaction tx(*m_db, AccessScope::system());
        Guardianship twice = link;
        twice.id = 0;
        QVERIFY_THROWS_EXCEPTION(StorageError, links.insert(tx, twice));
    }
    link.relation = GuardianRelation::Pleegouder;
    link.parentalAuthority = false;
    link.receivesMail = false;
    {
        Transaction tx(*m_db, AccessScope::system());
        links.update(tx, link);
        tx.commit();
    }
    const Guardianship stored = links.ofParent(m_mother).value(0);
    QCOMPARE(stored.relation, GuardianRelation::Pleegouder);
    QVERIFY(!stored.parentalAuthority);
    QVERIFY(!stored.receivesMail);
    QCOMPARE(stored.version, qint64(2));
    {
        Transaction tx(*m_db, AccessScope::system());
        links.remove(tx, link.id);
        tx.commit();
    }
    QVERIFY(links.ofPupil(m_hof).isEmpty());
}

void TestPersons::dossierShowsEverythingFiled()
{
    Transaction tx(*m_db, AccessScope::system());
    Incident incident;
    incident.schoolId = m_schoolA;
    incident.protocolVersionId = ProtocolRepository(*m_db).inForceOn(QDate(2026, 1, 1))->id;
    incident.title = QStringLiteral("Filmpje gedeeld");
    incident.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    incident.reportedAt = incident.occurredAt.addSecs(3600);
    Involvement causer;
    causer.personId = m_hof;
    causer.role = InvolvementRole::Veroorzaker;
    incident.involvements.append(causer);
    IncidentRepository(*m_db).insert(tx, incident);
    IncidentRepository(*m_db).addNote(tx, incident.id, incident.reportedAt.addDays(1), QStringLiteral("Eerste gesprek."));
    Measure measure;
    measure.incidentId = incident.id;
    measure.personId = m_hof;
    measure.measureTypeId = MeasureTypeRepository(*m_db).ladder(Ladder::Leerling).first().id;
    measure.proposedOn = QDate(2026, 3, 5);
    MeasureRepository(*m_db).insert(tx, measure);
    Action action;
    action.incidentId = incident.id;
    action.measureId = measure.id;
    action.kind = ActionKind::OudersInformeren;
    action.title = QStringLiteral("Ouders informeren");
    action.dueOn = QDate(2026, 3, 6);
    ActionRepository(*m_db).insert(tx, action);
    Correspondence letter;
    letter.personId = m_hof;
    letter.incidentId = incident.id;
    letter.direction = Direction::Uit;
    letter.channel = Channel::Email;
    letter.sentOn = QDate(2026, 3, 7);
    letter.subject = QStringLiteral("Bevestiging gesprek");
    CorrespondenceRepository(*m_db).insert(tx, letter);
    tx.commit();

    const DossierReader::Dossier dossier = DossierReader(*m_db, AccessScope::system()).open(m_hof);
    QCOMPARE(dossier.schoolName, QStringLiteral("De Esch"));
    QList<DossierEntry::Kind> kinds;
    for (const DossierEntry &entry : dossier.entries)
        kinds.append(entry.kind);
    // Newest first.
    QCOMPARE(kinds, QList<DossierEntry::Kind>({ DossierEntry::Kind::Correspondence, DossierEntry::Kind::Action,
                                                DossierEntry::Kind::Measure, DossierEntry::Kind::Note,
                                                DossierEntry::Kind::Involvement }));
    QCOMPARE(dossier.entries.last().code, QStringLiteral("veroorzaker"));
    QCOMPARE(dossier.entries.last().incidentReference, incident.reference);
    QCOMPARE(dossier.entries.at(2).title, MeasureTypeRepository(*m_db).ladder(Ladder::Leerling).first().name);
    // A director of another school sees the pupil nowhere; a reporter sees none of the
    // incident's records (they did not register it).
    const AccessScope reporter(9, QStringLiteral("melder"), UserRole::Melder, { m_schoolA });
    QCOMPARE(DossierReader(*m_db, reporter).open(m_hof).entries.size(), 0);
}

void TestPersons::parentSeesCorrespondenceAboutThem()
{
    Transaction tx(*m_db, AccessScope::system());
    Guardianship link;
    link.parentId = m_mother;
    link.pupilId = m_hof;
    GuardianshipRepository(*m_db).insert(tx, link);
    Correspondence letter;
    letter.personId = m_hof;
    letter.aboutPersonId = m_mother;
    letter.direction = Direction::Uit;
    letter.channel = Channel::Aangetekend;
    letter.sentOn = QDate(2026, 4, 1);
    letter.subject = QStringLiteral("Gedrag op sociale media");
    CorrespondenceRepository(*m_db).insert(tx, letter);
    tx.commit();
    const DossierReader::Dossier parent = DossierReader(*m_db, AccessScope::system()).open(m_mother);
    QCOMPARE(parent.entries.size(), 1);
    QCOMPARE(parent.entries.first().filedWithId, m_hof);
    QCOMPARE(parent.relatives.size(), 1);
    QCOMPARE(parent.relatives.first().person.id, m_hof);
    const DossierReader::Dossier child = DossierReader(*m_db, AccessScope::system()).open(m_hof);
    QCOMPARE(child.entries.size(), 1);
    QCOMPARE(child.entries.first().filedWithId, qint64(0));
    QCOMPARE(child.relatives.first().person.id, m_mother);
}

void TestPersons::openingADossierIsAudited()
{
    const AccessScope director(3, QStringLiteral("directeur"), UserRole::Directeur, { m_schoolA });
    const qint64 before = auditCount();
    DossierReader(*m_db, director).open(m_hof);
    QCOMPARE(auditCount(), before + 1);
    QSqlQuery query = m_db->prepare(QStringLiteral(
        "SELECT user_login, action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"));
    query.exec();
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("directeur"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("view"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("persons"));
    QCOMPARE(query.value(3).toLongLong(), m_hof);
    DossierReader(*m_db, director).reload(m_hof);
    QCOMPARE(auditCount(), before + 1);
    QVERIFY(AuditLog::verify(*m_db).problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestPersons)
#include "tst_persons.moc"
