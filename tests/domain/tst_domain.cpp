#include "domain/accessscope.h"
#include "domain/enums.h"
#include "domain/person.h"

#include "domain/incidentrules.h"
#include "domain/school.h"

#include <QTest>

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void schoolPostalCodes();
    void codesMatchEnums();
    void codesRoundTrip();
    void ladders();
    void personNames_data();
    void personNames();
    void scopes();
    void incidentRules_data();
    void incidentRules();
    void incidentWorkflow();
};

void TestDomain::schoolPostalCodes()
{
    for (const char *typed : { "1234 AB", "1234ab", " 1234  ab ", "1234Ab" })
        QCOMPARE(School::normalisedPostalCode(QString::fromLatin1(typed)), QStringLiteral("1234 AB"));
    School school;
    school.name = QStringLiteral("De Esch");
    school.postalCode = QStringLiteral("1234 AB");
    QVERIFY(school.problem().isEmpty());
    school.postalCode = QStringLiteral("1234AB");          // stored by an older version: still a postal code
    QVERIFY(school.problem().isEmpty());
    for (const char *wrong : { "0123 AB", "123 AB", "12345", "1234 A", "1234 ABC", "AB 1234", "1234-AB" }) {
        school.postalCode = QString::fromLatin1(wrong);
        QVERIFY2(school.problem().contains(QString::fromLatin1(wrong)), wrong);
    }
    school.postalCode.clear();
    QVERIFY(school.problem().isEmpty());                   // not known yet: fine
}

void TestDomain::codesMatchEnums()
{
    // The last enumerator's value + 1 must equal the code table's size.
    QCOMPARE(codes<PersonKind>().size(), int(PersonKind::Overig) + 1);
    QCOMPARE(codes<Gender>().size(), int(Gender::Other) + 1);
    QCOMPARE(codes<GuardianRelation>().size(), int(GuardianRelation::Overig) + 1);
    QCOMPARE(codes<UserRole>().size(), int(UserRole::Melder) + 1);
    QCOMPARE(codes<Ladder>().size(), int(Ladder::Ouder) + 1);
    QCOMPARE(codes<IncidentStatus>().size(), int(IncidentStatus::GeenActie) + 1);
    QCOMPARE(codes<Severity>().size(), int(Severity::ZeerErnstig) + 1);
    QCOMPARE(codes<Platform>().size(), int(Platform::Anders) + 1);
    QCOMPARE(codes<IncidentContext>().size(), int(IncidentContext::BuitenWerk) + 1);
    QCOMPARE(codes<Harm>().size(), int(Harm::Overig) + 1);
    QCOMPARE(codes<InvolvementRole>().size(), int(InvolvementRole::BetrokkenOuder) + 1);
    QCOMPARE(codes<MeasureStatus>().size(), int(MeasureStatus::BezwaarOngegrond) + 1);
    QCOMPARE(codes<ActionKind>().size(), int(ActionKind::Overig) + 1);
    QCOMPARE(codes<ActionStatus>().size(), int(ActionStatus::NietNodig) + 1);
    QCOMPARE(codes<Direction>().size(), int(Direction::Intern) + 1);
    QCOMPARE(codes<Channel>().size(), int(Channel::Gespreksverslag) + 1);
}

void TestDomain::codesRoundTrip()
{
    QCOMPARE(toCode(IncidentStatus::InBehandeling), QStringLiteral("in_behandeling"));
    QCOMPARE(fromCode<IncidentStatus>(QStringLiteral("in_behandeling")), IncidentStatus::InBehandeling);
    QCOMPARE(toCode(PersonKind::Ouder), QStringLiteral("ouder"));
    QVERIFY(!fromCode<PersonKind>(QStringLiteral("Ouder")).has_value());
    QVERIFY(!fromCode<Harm>(QString()).has_value());
    for (const QString &code : codes<ActionKind>())
        QCOMPARE(toCode(*fromCode<ActionKind>(code)), code);
}

void TestDomain::ladders()
{
    QCOMPARE(ladderFor(PersonKind::Medewerker), Ladder::Medewerker);
    QCOMPARE(ladderFor(PersonKind::Leerling), Ladder::Leerling);
    QCOMPARE(ladderFor(PersonKind::Ouder), Ladder::Ouder);
    QVERIFY(!ladderFor(PersonKind::Overig).has_value());
}

void TestDomain::personNames_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("roepnaam");
    QTest::addColumn<QString>("tussenvoegsel");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("sort");
    QTest::newRow("tussenvoegsel") << "Johannes Pieter" << "Jan" << "van 't" << "Hof" << "Jan van 't Hof" << "Hof, Jan van 't";
    QTest::newRow("no roepnaam") << "Émile Noël" << "" << "" << "Öztürk" << "Émile Öztürk" << "Öztürk, Émile";
    QTest::newRow("surname only") << "" << "" << "" << "Bakker" << "Bakker" << "Bakker";
    QTest::newRow("no first name") << "" << "" << "de" << "Vries" << "de Vries" << "Vries, de";
}

void TestDomain::personNames()
{
    QFETCH(QString, given);
    QFETCH(QString, roepnaam);
    QFETCH(QString, tussenvoegsel);
    QFETCH(QString, surname);
    Person p;
    p.givenNames = given;
    p.roepnaam = roepnaam;
    p.tussenvoegsel = tussenvoegsel;
    p.surname = surname;
    QTEST(p.displayName(), "display");
    QTEST(p.sortName(), "sort");
}

void TestDomain::scopes()
{
    QVERIFY(AccessScope::system().seesAllSchools());
    QVERIFY(AccessScope::system().isSystem());
    QVERIFY(AccessScope(1, "b", UserRole::Bestuur, {}).seesAllSchools());
    QVERIFY(AccessScope(1, "a", UserRole::Beheerder, {}).seesAllSchools());
    QVERIFY(!AccessScope(2, "d", UserRole::Directeur, { 1 }).seesAllSchools());
    QVERIFY(!AccessScope(3, "m", UserRole::Melder, { 1 }).seesAllSchools());
}

namespace {

Incident validIncident()
{
    Incident i;
    i.schoolId = 1;
    i.title = QStringLiteral("Nepaccount");
    i.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
    i.reportedAt = i.occurredAt.addSecs(3600);
    Involvement causer;
    causer.personId = 7;
    causer.role = InvolvementRole::Veroorzaker;
    i.involvements.append(causer);
    return i;
}

} // namespace

void TestDomain::incidentRules_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << 0 << QString();
    QTest::newRow("no school") << 1 << "school_id";
    QTest::newRow("no title") << 2 << "title";
    QTest::newRow("reported before it happened") << 3 << "reported_at";
    QTest::newRow("happened in the future") << 4 << "occurred_at";
    QTest::newRow("no causer, no reason") << 5 << "no_causer_reason";
    QTest::newRow("no causer, with reason") << 6 << QString();
    QTest::newRow("sexual offence not confidential") << 7 << "confidential";
    QTest::newRow("in progress without article") << 8 << "articles";
    QTest::newRow("closed without summary") << 9 << "closing_summary";
    QTest::newRow("same person twice in one role") << 10 << "involvements";
    QTest::newRow("same person in two roles") << 11 << QString();
    QTest::newRow("a title of 460 characters") << 12 << "title";
    QTest::newRow("a title of 150 characters") << 13 << QString();
}

void TestDomain::incidentRules()
{
    QFETCH(int, change);
    QFETCH(QString, field);
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    Incident i = validIncident();
    Involvement witness;
    witness.personId = 7;
    witness.role = InvolvementRole::Getuige;
    switch (change) {
    case 1: i.schoolId = 0; break;
    case 2: i.title = QStringLiteral("  "); break;
    case 3: i.reportedAt = i.occurredAt.addSecs(-60); break;
    case 4: i.occurredAt = now.addDays(1); i.reportedAt = now.addDays(1); break;
    case 5: i.involvements.clear(); break;
    case 6: i.involvements.clear(); i.noCauserReason = QStringLiteral("anoniem account"); break;
    case 7: i.sexualOffenceSuspected = true; break;
    case 8: i.status = IncidentStatus::InBehandeling; break;
    case 9: i.status = IncidentStatus::Afgesloten; i.articleIds = { 3 }; break;
    case 10: i.involvements.append(i.involvements.first()); break;
    case 11: i.involvements.append(witness); break;
    case 12: i.title = QString(460, QLatin1Char('a')); break;
    case 13: i.title = QString(IncidentRules::MaxTitleLength, QLatin1Char('a')); break;
    }
    QString at;
    const QString message = IncidentRules::problem(i, now, &at);
    QCOMPARE(message.isEmpty(), field.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(at, field);
}

void TestDomain::incidentWorkflow()
{
    using S = IncidentStatus;
    QCOMPARE(IncidentRules::nextStatuses(S::Gemeld), QList<S>({ S::InBehandeling, S::GeenActie }));
    QVERIFY(IncidentRules::nextStatuses(S::Afgesloten) == QList<S>{ S::InBehandeling });
    Incident i = validIncident();
    // Leaving gemeld needs an article; closing needs a summary; reopening a reason.
    QVERIFY(!IncidentRules::transitionProblem(i, S::InBehandeling, QString()).isEmpty());
    i.articleIds = { 3 };
    QVERIFY(IncidentRules::transitionProblem(i, S::InBehandeling, QString()).isEmpty());
    QVERIFY(!IncidentRules::transitionProblem(i, S::Afgesloten, QString()).isEmpty());     // not from gemeld
    i.status = S::InBehandeling;
    QVERIFY(!IncidentRules::transitionProblem(i, S::Afgesloten, QString()).isEmpty());     // no summary
    i.closingSummary = QStringLiteral("Afgehandeld met een gesprek.");
    QVERIFY(IncidentRules::transitionProblem(i, S::Afgesloten, QString()).isEmpty());
    i.status = S::Afgesloten;
    QVERIFY(!IncidentRules::transitionProblem(i, S::InBehandeling, QString()).isEmpty());
    QVERIFY(IncidentRules::transitionProblem(i, S::InBehandeling, QStringLiteral("nieuw bericht")).isEmpty());
    QVERIFY(!IncidentRules::transitionProblem(i, S::Maatregel, QStringLiteral("x")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
