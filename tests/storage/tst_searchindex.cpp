#include "correspondencerepository.h"
#include "database.h"
#include "incidentrepository.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "searchindex.h"
#include "testdatabase.h"
#include "textfolding.h"
#include "transaction.h"

#include <QTest>

// Search that ignores case and diacritics, with the same results on every database (the
// expectations below are the same for each driver row).
class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void folding_data();
    void folding();
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void finds_data();
    void finds();
    void followsChanges();
    void honoursAccess();
    void rebuildGivesTheSameIndex();

private:
    QStringList found(const AccessScope &scope, const QString &text) const;
    qint64 person(Transaction &tx, const QString &given, const QString &tussenvoegsel, const QString &surname,
                  qint64 school, const QString &externalId = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_schoolA = 0;
    qint64 m_schoolB = 0;
    qint64 m_incident = 0;
    qint64 m_hof = 0;
};

void TestSearchIndex::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("umlaut") << "Öztürk" << "ozturk";
    QTest::newRow("dotless i") << "Yılmaz" << "yilmaz";
    QTest::newRow("trema") << "Hoëvenaars" << "hoevenaars";
    QTest::newRow("sharp s") << "Großmann" << "grossmann";
    QTest::newRow("o slash") << "Søren" << "soren";
    QTest::newRow("vietnamese") << "Nguyễn" << "nguyen";
    QTest::newRow("ij ligature") << "ĳsselmeer" << "ijsselmeer";
    QTest::newRow("apostrophe kept") << "van 't Hof" << "van 't hof";
}

void TestSearchIndex::folding()
{
    QFETCH(QString, text);
    QTEST(TextFolding::fold(text), "folded");
    QCOMPARE(TextFolding::words(QStringLiteral("Jan-Willem van 't Hof, P10023!")),
             QStringList({ "jan", "willem", "van", "t", "hof", "p10023" }));
}

qint64 TestSearchIndex::person(Transaction &tx, const QString &given, const QString &tussenvoegsel,
                               const QString &surname, qint64 school, const QString &externalId)
{
    Person p;
    p.kind = PersonKind::Leerling;
    p.givenNames = given;
    p.tussenvoegsel = tussenvoegsel;
    p.surname = surname;
    p.birthDate = QDate(2015, 5, 5);
    p.schoolId = school;
    p.externalId = externalId;
    PersonRepository(*m_db).insert(tx, p);
    return p.id;
}

void TestSearchIndex::init()
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
    person(tx, QStringLiteral("Émile"), QString(), QStringLiteral("Öztürk"), a.id, QStringLiteral("100023"));
    m_hof = person(tx, QStringLiteral("Jan-Willem"), QStringLiteral("van 't"), QStringLiteral("Hof"), a.id);
    person(tx, QStringLiteral("Zoë"), QString(), QStringLiteral("Yılmaz"), b.id);
    const qint64 jansen = person(tx, QStringLiteral("Sanne"), QString(), QStringLiteral("Jansen"), a.id);
    Incident incident;
    incident.schoolId = a.id;
    incident.protocolVersionId = ProtocolRepository(*m_db).inForceOn(QDate(2026, 1, 1))->id;
    incident.title = QStringLiteral("Pesten in de groepsapp");
    incident.description = QStringLiteral("Kwetsende berichten over een klasgenoot, gedeeld via Snapchat.");
    incident.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    incident.reportedAt = incident.occurredAt.addSecs(3600);
    IncidentRepository(*m_db).insert(tx, incident);
    m_incident = incident.id;
    IncidentRepository(*m_db).addNote(tx, incident.id, incident.reportedAt, QStringLiteral("Gesprek met de mentor gevoerd."));
    Correspondence letter;
    letter.personId = jansen;
    letter.direction = Direction::Uit;
    letter.channel = Channel::Brief;
    letter.sentOn = QDate(2026, 3, 4);
    letter.correspondent = QStringLiteral("Familie Jansen");
    letter.subject = QStringLiteral("Uitnodiging voor een gesprek");
    CorrespondenceRepository(*m_db).insert(tx, letter);
    tx.commit();
}

void TestSearchIndex::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestSearchIndex::found(const AccessScope &scope, const QString &text) const
{
    QStringList result;
    for (const SearchIndex::Hit &hit : SearchIndex(*m_db).search(scope, text))
        result.append(QStringLiteral("%1:%2").arg(hit.entity).arg(hit.id));
    return result;
}

void TestSearchIndex::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("without diacritics") << "ozturk" << QStringList{ "persons:1" };
    QTest::newRow("with diacritics, other case") << "ÖZTÜRK" << QStringList{ "persons:1" };
    QTest::newRow("surname after tussenvoegsel") << "hof" << QStringList{ "persons:2" };
    QTest::newRow("tussenvoegsel and surname") << "van 't hof" << QStringList{ "persons:2" };
    QTest::newRow("hyphenated name") << "willem" << QStringList{ "persons:2" };
    QTest::newRow("dotless i") << "yilmaz" << QStringList{ "persons:3" };
    QTest::newRow("prefix") << "jans" << QStringList{ "persons:4", "correspondence:1" };
    QTest::newRow("pupil number") << "100023" << QStringList{ "persons:1" };
    QTest::newRow("incident words") << "pest snapchat" << QStringList{ "incidents:1" };
    QTest::newRow("reference") << "2026" << QStringList{ "incidents:1" };
    QTest::newRow("note") << "mentor" << QStringList{ "incident_notes:1" };
    // Newest first: equal ids, so the higher entity number (correspondence) comes first.
    QTest::newRow("shared word") << "gesprek" << QStringList{ "correspondence:1", "incident_notes:1" };
    QTest::newRow("every word must match") << "pesten jansen" << QStringList{};
    QTest::newRow("nothing") << "zwembad" << QStringList{};
    QTest::newRow("only punctuation") << "'\"*:&|()" << QStringList{};
}

void TestSearchIndex::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(AccessScope::system(), text), expected);
}

void TestSearchIndex::followsChanges()
{
    PersonRepository persons(*m_db);
    Person hof = *persons.get(AccessScope::system(), m_hof);
    hof.surname = QStringLiteral("Dijkstra");
    {
        Transaction tx(*m_db, AccessScope::system());
        persons.update(tx, hof);
        tx.commit();
    }
    QCOMPARE(found(AccessScope::system(), QStringLiteral("hof")), QStringList());
    QCOMPARE(found(AccessScope::system(), QStringLiteral("dijkstra")), QStringList{ "persons:2" });
    // A rolled-back change leaves the index as it was.
    {
        Transaction tx(*m_db, AccessScope::system());
        hof.surname = QStringLiteral("Brinkman");
        persons.update(tx, hof);
    }
    QCOMPARE(found(AccessScope::system(), QStringLiteral("brinkman")), QStringList());
    QCOMPARE(found(AccessScope::system(), QStringLiteral("dijkstra")), QStringList{ "persons:2" });
}

void TestSearchIndex::honoursAccess()
{
    const AccessScope otherSchool(9, QStringLiteral("d"), UserRole::Directeur, { m_schoolB });
    QCOMPARE(found(otherSchool, QStringLiteral("ozturk")), QStringList());
    QCOMPARE(found(otherSchool, QStringLiteral("yilmaz")), QStringList{ "persons:3" });
    QCOMPARE(found(otherSchool, QStringLiteral("mentor")), QStringList());     // a note of another school's incident
    const AccessScope reporter(10, QStringLiteral("m"), UserRole::Melder, { m_schoolA });
    QCOMPARE(found(reporter, QStringLiteral("pesten")), QStringList());      // not registered by them
}

void TestSearchIndex::rebuildGivesTheSameIndex()
{
    const QStringList before = found(AccessScope::system(), QStringLiteral("e"));
    QVERIFY(!before.isEmpty());
    {
        Transaction tx(*m_db, AccessScope::system());
        SearchIndex(*m_db).rebuild();
        tx.commit();
    }
    QCOMPARE(found(AccessScope::system(), QStringLiteral("e")), before);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
