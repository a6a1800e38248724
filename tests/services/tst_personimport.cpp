#include "database.h"
#include "guardianshiprepository.h"
#include "integritychecker.h"
#include "personimport.h"
#include "personrepository.h"
#include "schoolrepository.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"

#include <QTest>

// School lists into the database: matched, updated, never duplicated; all or nothing.
class TestPersonImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void newPupilsWithTheirParents();
    void importingAgainChangesNothing();
    void siblingsShareTheirParents();
    void matchesByNumberThenByNameAndBirth();
    void rejectedRowsSayWhy();
    void missingPupilsMarkedAsLeft();
    void failureHalfWayLeavesNothing();
    void twoThousandRowsInWindows1252();

private:
    PersonImport::Plan plan(const QByteArray &csv, bool markMissing = false) const;
    qint64 count(const QString &sql) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_school = 0;
};

static const QByteArray Export = QStringLiteral(
    "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Voornamen;Geboortedatum;Groep;Verzorger 1 naam;Verzorger 1 e-mail;Verzorger 2 naam\n"
    "500001;Öztürk;;Emre;Emre Can;03-04-2016;Groep 5A;Ayşe Öztürk;ayse@mail.example;\n"
    "500002;Hof;van 't;Jan;Johannes;1-2-2015;Groep 6B;\"Hof, Marieke van 't\";m.hof@mail.example;Pieter van 't Hof\n"
    "500003;Bakker;;Sanne;Sanne;2014-09-30;Groep 7A;;;\n").toUtf8();

void TestPersonImport::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    School school;
    school.name = QStringLiteral("De Esch");
    Transaction tx(*m_db, AccessScope::system());
    SchoolRepository(*m_db).insert(tx, school);
    tx.commit();
    m_school = school.id;
}

void TestPersonImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

PersonImport::Plan TestPersonImport::plan(const QByteArray &csv, bool markMissing) const
{
    const CsvTable table = CsvTable::parse(csv);
    PersonImport::Options options;
    options.schoolId = m_school;
    options.markMissingAsLeft = markMissing;
    options.today = QDate(2026, 11, 24);
    return PersonImport(*m_db, AccessScope::system()).plan(table, PersonImport::propose(table.header()), options);
}

qint64 TestPersonImport::count(const QString &sql) const
{
    QSqlQuery query = m_db->prepare(sql);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

void TestPersonImport::newPupilsWithTheirParents()
{
    const PersonImport::Plan p = plan(Export);
    QCOMPARE(p.count(PersonImport::Result::New), 3);
    PersonImport(*m_db, AccessScope::system()).apply(p);
    QCOMPARE(count("SELECT count(*) FROM persons WHERE kind = 'leerling'"), 3);
    QCOMPARE(count("SELECT count(*) FROM persons WHERE kind = 'ouder'"), 3);
    const Person hof = *PersonRepository(*m_db).findByExternalId(PersonKind::Leerling, QStringLiteral("500002"));
    QCOMPARE(hof.displayName(), QStringLiteral("Jan van 't Hof"));
    QCOMPARE(hof.birthDate, QDate(2015, 2, 1));
    QCOMPARE(hof.schoolId, m_school);
    const QList<Guardianship> links = GuardianshipRepository(*m_db).ofPupil(hof.id);
    QCOMPARE(links.size(), 2);
    const Person mother = *PersonRepository(*m_db).get(AccessScope::system(), links.first().parentId);
    QCOMPARE(mother.surname, QStringLiteral("Hof"));
    QCOMPARE(mother.tussenvoegsel, QStringLiteral("van 't"));
    QCOMPARE(mother.givenNames, QStringLiteral("Marieke"));
    QVERIFY(IntegrityChecker(*m_db).run().sound());
}

void TestPersonImport::importingAgainChangesNothing()
{
    PersonImport(*m_db, AccessScope::system()).apply(plan(Export));
    const qint64 audit = count("SELECT count(*) FROM audit_log");
    const PersonImport::Plan again = plan(Export);
    QCOMPARE(again.count(PersonImport::Result::Unchanged), 3);
    PersonImport(*m_db, AccessScope::system()).apply(again);
    QCOMPARE(count("SELECT count(*) FROM audit_log"), audit);
    QCOMPARE(count("SELECT count(*) FROM persons"), 6);
    QCOMPARE(count("SELECT count(*) FROM guardianships"), 3);
}

void TestPersonImport::siblingsShareTheirParents()
{
    const QByteArray siblings = QStringLiteral(
        "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;Verzorger 1 naam;Verzorger 1 e-mail;Verzorger 2 naam\n"
        "700001;Bakker;Lotte;03-04-2014;Eva Bakker;eva@mail.example;Tom Bakker\n"
        "700002;Bakker;Sem;09-10-2016;Eva Bakker;EVA@mail.example;Tom Bakker\n").toUtf8();
    PersonImport(*m_db, AccessScope::system()).apply(plan(siblings));
    // One mother (the same address) for both; the father has no address to recognise him by.
    QCOMPARE(count("SELECT count(*) FROM persons WHERE kind = 'ouder' AND given_names = 'Eva'"), 1);
    QCOMPARE(count("SELECT count(*) FROM guardianships g JOIN persons p ON p.id = g.parent_id "
                   "WHERE p.given_names = 'Eva'"), 2);
    const qint64 audit = count("SELECT count(*) FROM audit_log");
    const PersonImport::Plan again = plan(siblings);
    QCOMPARE(again.count(PersonImport::Result::Unchanged), 2);
    PersonImport(*m_db, AccessScope::system()).apply(again);
    QCOMPARE(count("SELECT count(*) FROM audit_log"), audit);
}

void TestPersonImport::matchesByNumberThenByNameAndBirth()
{
    PersonImport(*m_db, AccessScope::system()).apply(plan(Export));
    // A new group for one pupil (by number), and another without a number (by name and birth).
    const QByteArray next = QStringLiteral(
        "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;Groep\n"
        "500001;Öztürk;Emre;03-04-2016;Groep 6A\n"
        ";Bakker;Sanne;30-09-2014;Groep 8A\n").toUtf8();
    const PersonImport::Plan p = plan(next);
    QCOMPARE(p.count(PersonImport::Result::Updated), 2);
    PersonImport(*m_db, AccessScope::system()).apply(p);
    QCOMPARE(PersonRepository(*m_db).findByExternalId(PersonKind::Leerling, QStringLiteral("500001"))->groupName,
             QStringLiteral("Groep 6A"));
    QCOMPARE(PersonRepository(*m_db).findByExternalId(PersonKind::Leerling, QStringLiteral("500003"))->groupName,
             QStringLiteral("Groep 8A"));
    QCOMPARE(count("SELECT count(*) FROM persons WHERE kind = 'leerling'"), 3);
}

void TestPersonImport::rejectedRowsSayWhy()
{
    const QByteArray bad = QStringLiteral(
        "Leerlingnummer;Achternaam;Roepnaam;Geboortedatum;E-mail\n"
        "1;;Jan;01-01-2015;\n"
        "2;Vos;Bram;31-02-2015;\n"
        "3;Kok;Tess;;\n"
        "4;Maas;Lieke;01-01-2030;\n"
        "5;Smit;Daan;01-01-2015;geen-adres\n"
        "6;Bos;Noor;01-01-2015;noor@mail.example\n"
        "6;Bos;Noor;01-01-2015;noor@mail.example\n").toUtf8();
    const PersonImport::Plan p = plan(bad);
    QCOMPARE(p.count(PersonImport::Result::Rejected), 6);
    QCOMPARE(p.count(PersonImport::Result::New), 1);
    const QString report = PersonImport::report(p);
    for (const char *line : { "line 2", "line 3", "line 4", "line 5", "line 6", "line 8" })
        QVERIFY2(report.contains(line), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("31-02-2015")));
}

void TestPersonImport::missingPupilsMarkedAsLeft()
{
    PersonImport(*m_db, AccessScope::system()).apply(plan(Export));
    const QByteArray smaller = QStringLiteral("Leerlingnummer;Achternaam;Roepnaam;Geboortedatum\n"
                                              "500001;Öztürk;Emre;03-04-2016\n").toUtf8();
    const PersonImport::Plan p = plan(smaller, true);
    QCOMPARE(p.leaving.size(), 2);
    PersonImport(*m_db, AccessScope::system()).apply(p);
    QCOMPARE(count("SELECT count(*) FROM persons WHERE kind = 'leerling' AND leave_date IS NULL"), 1);
    QCOMPARE(PersonRepository(*m_db).findByExternalId(PersonKind::Leerling, QStringLiteral("500003"))->leaveDate,
             QDate(2026, 11, 24));
}

void TestPersonImport::failureHalfWayLeavesNothing()
{
    const PersonImport::Plan p = plan(Export);
    // Between plan and apply someone else registers the third pupil's number.
    {
        Person other;
        other.kind = PersonKind::Leerling;
        other.surname = QStringLiteral("Anders");
        other.birthDate = QDate(2015, 1, 1);
        other.schoolId = m_school;
        other.externalId = QStringLiteral("500003");
        Transaction tx(*m_db, AccessScope::system());
        PersonRepository(*m_db).insert(tx, other);
        tx.commit();
    }
    const qint64 persons = count("SELECT count(*) FROM persons");
    const qint64 audit = count("SELECT count(*) FROM audit_log");
    QVERIFY_THROWS_EXCEPTION(StorageError, PersonImport(*m_db, AccessScope::system()).apply(p));
    QCOMPARE(count("SELECT count(*) FROM persons"), persons);
    QCOMPARE(count("SELECT count(*) FROM audit_log"), audit);
}

void TestPersonImport::twoThousandRowsInWindows1252()
{
    QString csv = QStringLiteral("Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Geboortedatum;Groep;Verzorger 1 naam;Verzorger 1 e-mail\r\n");
    const QStringList surnames{ "Öztürk", "Müller", "Hoëvenaars", "Çelik", "Bakker" };
    for (int i = 0; i < 2000; ++i) {
        const QString surname = surnames.at(i % surnames.size());
        csv += QStringLiteral("%1;%2;%3;Zoë;%4-%5-2015;Groep %6;\"%7, José\";ouder%1@mail.example\r\n")
                   .arg(700000 + i).arg(surname).arg(i % 7 == 0 ? QStringLiteral("van der") : QString())
                   .arg(1 + i % 28).arg(1 + i % 12).arg(1 + i % 8).arg(surname);
    }
    const QByteArray bytes = csv.toLatin1();      // Windows-1252: these letters all fit
    const PersonImport::Plan p = plan(bytes);
    QCOMPARE(p.count(PersonImport::Result::New), 2000);
    PersonImport(*m_db, AccessScope::system()).apply(p);
    QCOMPARE(count("SELECT count(*) FROM persons WHERE kind = 'leerling'"), 2000);
    QCOMPARE(count("SELECT count(*) FROM guardianships"), 2000);
    QCOMPARE(count("SELECT count(*) FROM persons WHERE surname = 'Hoëvenaars' AND kind = 'leerling'"), 400);
    QCOMPARE(plan(bytes).count(PersonImport::Result::Unchanged), 2000);
}

QTEST_GUILESS_MAIN(TestPersonImport)
#include "tst_personimport.moc"
