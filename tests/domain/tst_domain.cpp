#include "domain/accessscope.h"
#include "domain/enums.h"
#include "domain/person.h"

#include <QTest>

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void codesMatchEnums();
    void codesRoundTrip();
    void ladders();
    void personNames_data();
    void personNames();
    void scopes();
};

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

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
