#include "domain/deadlineplanner.h"
#include "domain/escalation.h"
#include "domain/measurerules.h"
#include "domain/schoolcalendar.h"

#include <QTest>

// Date arithmetic, the escalation ladder, the measure checks and every generated action of
// DESIGN.md §4 with its due date — without a database.
class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void schoolDays_data();
    void schoolDays();
    void workingDays_data();
    void workingDays();
    void monthEndsAndLeapYears();
    void escalation_data();
    void escalation();
    void pupilSuspensionLimit();
    void orderSuspensionAndSummaryDismissal();
    void measureStatuses();
    void pupilSuspensionActions();
    void removalActions();
    void staffActions();
    void objectionTerm();
    void incidentFlagActions();

private:
    static MeasureType type(Ladder ladder, const char *code, int rank, bool period = false);
    static QStringList summary(const QList<Action> &actions);
};

MeasureType TestDeadlines::type(Ladder ladder, const char *code, int rank, bool period)
{
    MeasureType t;
    t.id = rank + 10 * int(ladder);
    t.ladder = ladder;
    t.code = QString::fromLatin1(code);
    t.name = t.code;
    t.rank = rank;
    t.hasPeriod = period;
    t.isDisciplinary = !(ladder == Ladder::Medewerker && rank == 1);
    return t;
}

QStringList TestDeadlines::summary(const QList<Action> &actions)
{
    QStringList result;
    for (const Action &a : actions)
        result.append(a.rule + QLatin1Char('@') + a.dueOn.toString(Qt::ISODate));
    return result;
}

void TestDeadlines::schoolDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("days");
    // The autumn holiday of 2026: 19–23 October.
    QTest::newRow("one day") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << 1;
    QTest::newRow("week") << QDate(2026, 11, 23) << QDate(2026, 11, 27) << 5;
    QTest::newRow("over a weekend") << QDate(2026, 11, 26) << QDate(2026, 12, 1) << 4;
    QTest::newRow("weekend only") << QDate(2026, 11, 28) << QDate(2026, 11, 29) << 0;
    QTest::newRow("over the holiday") << QDate(2026, 10, 15) << QDate(2026, 10, 27) << 4;
    QTest::newRow("reversed") << QDate(2026, 11, 27) << QDate(2026, 11, 23) << 0;
}

void TestDeadlines::schoolDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const SchoolCalendar calendar({ { QDate(2026, 10, 19), QDate(2026, 10, 23) } });
    QTEST(calendar.schoolDays(from, to), "days");
    QVERIFY(!calendar.isSchoolDay(QDate(2026, 10, 21)));
    QVERIFY(calendar.isSchoolDay(QDate(2026, 10, 26)));
    // Five school days from Thursday 15 October run to Wednesday 28 October.
    QCOMPARE(calendar.lastOfSchoolDays(QDate(2026, 10, 15), 5), QDate(2026, 10, 28));
    QCOMPARE(calendar.lastOfSchoolDays(QDate(2026, 10, 17), 1), QDate(2026, 10, 26));
}

void TestDeadlines::workingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("days");
    QTest::newRow("next day") << QDate(2026, 11, 24) << QDate(2026, 11, 25) << 1;
    QTest::newRow("friday to monday") << QDate(2026, 11, 27) << QDate(2026, 11, 30) << 1;
    QTest::newRow("friday to wednesday") << QDate(2026, 11, 27) << QDate(2026, 12, 2) << 3;
    QTest::newRow("same day") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << 0;
}

void TestDeadlines::workingDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QTEST(SchoolCalendar::workingDaysAfter(from, to), "days");
}

void TestDeadlines::monthEndsAndLeapYears()
{
    // The look-back window counts months: 24 months before 29 February 2028 is 28 February 2026.
    QList<MeasureType> ladder{ type(Ladder::Leerling, "waarschuwing", 1), type(Ladder::Leerling, "schorsing", 2, true),
                               type(Ladder::Leerling, "verwijdering", 3) };
    const QDate leap(2028, 2, 29);
    QCOMPARE(leap.addMonths(-24), QDate(2026, 2, 28));
    QCOMPARE(Escalation::advise(ladder, { { 1, QDate(2026, 2, 28) } }, Severity::Licht, leap, 24).type.rank, 2);
    QCOMPARE(Escalation::advise(ladder, { { 1, QDate(2026, 2, 27) } }, Severity::Licht, leap, 24).type.rank, 1);
    // Terms in weeks over a month end and a leap day.
    const SchoolCalendar none;
    DeadlinePlanner planner(LegalTerms(), none);
    Measure m;
    m.id = 1;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = QDate(2028, 1, 20);
    m.decidedOn = QDate(2028, 1, 31);
    const QStringList removal = summary(planner.forMeasure(m, type(Ladder::Leerling, "verwijdering", 3)));
    QVERIFY2(removal.contains(QStringLiteral("removal_objection_term@2028-03-13")), qPrintable(removal.join(' ')));
    QVERIFY2(removal.contains(QStringLiteral("removal_reminder@2028-03-27")), qPrintable(removal.join(' ')));
}

void TestDeadlines::escalation_data()
{
    QTest::addColumn<QList<int>>("earlierRanks");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("advised");
    QTest::newRow("first time, light") << QList<int>{} << int(Severity::Licht) << 1;
    QTest::newRow("first time, serious") << QList<int>{} << int(Severity::Ernstig) << 2;
    QTest::newRow("first time, grave") << QList<int>{} << int(Severity::ZeerErnstig) << 3;
    QTest::newRow("after a warning") << QList<int>{ 1 } << int(Severity::Licht) << 2;
    QTest::newRow("after two") << QList<int>{ 1, 2 } << int(Severity::Licht) << 3;
    QTest::newRow("at the top") << QList<int>{ 5 } << int(Severity::Licht) << 5;
    QTest::newRow("grave beats history") << QList<int>{ 1 } << int(Severity::ZeerErnstig) << 3;
}

void TestDeadlines::escalation()
{
    QFETCH(QList<int>, earlierRanks);
    QFETCH(int, severity);
    QFETCH(int, advised);
    QList<MeasureType> staff;
    for (const auto &[code, rank] : QList<std::pair<const char *, int>>{
             { "waarschuwing", 1 }, { "berisping", 2 }, { "schorsing", 3 }, { "ontslag", 4 }, { "ontslag_op_staande_voet", 5 } })
        staff.append(type(Ladder::Medewerker, code, rank, rank == 3));
    QList<Escalation::Earlier> earlier;
    for (int rank : earlierRanks)
        earlier.append({ rank, QDate(2026, 6, 1) });
    const Escalation::Advice advice = Escalation::advise(staff, earlier, Severity(severity), QDate(2026, 11, 24), 24);
    QCOMPARE(advice.type.rank, advised);
    QVERIFY(!advice.reason.isEmpty());
    // Above the advice needs a motivation; the advice itself and lighter rungs do not.
    QVERIFY(!Escalation::needsMotivation(advice, advice.type));
    if (advised < 5)
        QVERIFY(Escalation::needsMotivation(advice, staff.at(advised)));
    QVERIFY(!Escalation::needsMotivation(advice, staff.first()));
}

void TestDeadlines::pupilSuspensionLimit()
{
    const SchoolCalendar calendar({ { QDate(2026, 12, 21), QDate(2027, 1, 1) } });
    const MeasureType suspension = type(Ladder::Leerling, "schorsing", 2, true);
    Measure m;
    m.personId = 1;
    m.measureTypeId = suspension.id;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = QDate(2026, 11, 23);
    m.startsOn = QDate(2026, 11, 24);
    m.endsOn = QDate(2026, 11, 30);      // Tue–Mon: 5 school days
    QCOMPARE(MeasureRules::problem(m, suspension, LegalTerms(), calendar), QString());
    m.endsOn = QDate(2026, 12, 1);       // 6 school days
    QString field;
    const QString refused = MeasureRules::problem(m, suspension, LegalTerms(), calendar, &field);
    QVERIFY(refused.contains(QStringLiteral("6")));
    QVERIFY(refused.contains(QStringLiteral("40c")));
    QCOMPARE(field, QStringLiteral("ends_on"));
    // Over the Christmas holiday the school days are fewer than the calendar days.
    m.startsOn = QDate(2026, 12, 17);
    m.endsOn = QDate(2027, 1, 5);
    QCOMPARE(MeasureRules::problem(m, suspension, LegalTerms(), calendar), QString());
    m.endsOn = QDate();
    QVERIFY(!MeasureRules::problem(m, suspension, LegalTerms(), calendar).isEmpty());
}

void TestDeadlines::orderSuspensionAndSummaryDismissal()
{
    const MeasureType suspension = type(Ladder::Medewerker, "schorsing", 3, true);
    Measure m;
    m.personId = 1;
    m.measureTypeId = suspension.id;
    m.proposedOn = QDate(2026, 11, 2);
    m.isOrderMeasure = true;
    m.startsOn = QDate(2026, 11, 2);
    m.endsOn = QDate(2026, 11, 29);      // exactly four weeks
    QCOMPARE(MeasureRules::problem(m, suspension, LegalTerms(), SchoolCalendar()), QString());
    m.endsOn = QDate(2026, 11, 30);
    QVERIFY(MeasureRules::problem(m, suspension, LegalTerms(), SchoolCalendar()).contains(QStringLiteral("4")));
    const MeasureType warning = type(Ladder::Leerling, "waarschuwing", 1);
    Measure orderWarning = m;
    orderWarning.measureTypeId = warning.id;
    QVERIFY(!MeasureRules::problem(orderWarning, warning, LegalTerms(), SchoolCalendar()).isEmpty());

    const MeasureType summary = type(Ladder::Medewerker, "ontslag_op_staande_voet", 5);
    Measure dismissal;
    dismissal.personId = 1;
    dismissal.measureTypeId = summary.id;
    dismissal.status = MeasureStatus::Opgelegd;
    dismissal.proposedOn = dismissal.decidedOn = QDate(2026, 11, 24);
    QVERIFY(!MeasureRules::problem(dismissal, summary, LegalTerms(), SchoolCalendar()).isEmpty());   // facts date
    dismissal.factsKnownOn = QDate(2026, 11, 20);     // Friday; Tuesday is 2 working days later
    QCOMPARE(MeasureRules::problem(dismissal, summary, LegalTerms(), SchoolCalendar()), QString());
    QVERIFY(MeasureRules::warnings(dismissal, summary, LegalTerms()).isEmpty());
    dismissal.factsKnownOn = QDate(2026, 11, 19);
    QCOMPARE(MeasureRules::warnings(dismissal, summary, LegalTerms()).size(), 1);
    QVERIFY(MeasureRules::warnings(dismissal, summary, LegalTerms()).first().contains(QStringLiteral("7:677")));
    // A staff warning carries its caution.
    QCOMPARE(MeasureRules::warnings(Measure(), type(Ladder::Medewerker, "waarschuwing", 1), LegalTerms()).size(), 1);
}

void TestDeadlines::measureStatuses()
{
    using S = MeasureStatus;
    QCOMPARE(MeasureRules::nextStatuses(S::Voornemen), QList<S>({ S::Opgelegd, S::Ingetrokken }));
    QCOMPARE(MeasureRules::nextStatuses(S::Opgelegd), QList<S>({ S::Bezwaar, S::Ingetrokken }));
    QCOMPARE(MeasureRules::nextStatuses(S::Bezwaar), QList<S>({ S::BezwaarGegrond, S::BezwaarOngegrond }));
    QVERIFY(MeasureRules::nextStatuses(S::BezwaarGegrond).isEmpty());
    QVERIFY(MeasureRules::counts(S::BezwaarOngegrond));
    QVERIFY(!MeasureRules::counts(S::BezwaarGegrond));
    QVERIFY(!MeasureRules::counts(S::Ingetrokken));
    QVERIFY(!MeasureRules::counts(S::Voornemen));
}

void TestDeadlines::pupilSuspensionActions()
{
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    const MeasureType suspension = type(Ladder::Leerling, "schorsing", 2, true);
    Measure m;
    m.id = 7;
    m.incidentId = 3;
    m.personId = 5;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = QDate(2026, 11, 23);
    m.startsOn = QDate(2026, 11, 24);
    m.endsOn = QDate(2026, 11, 25);      // two days: parents and Inspectie, both on the first day
    const QList<Action> two = planner.forMeasure(m, suspension);
    QCOMPARE(summary(two), QStringList({ "suspension_parents_letter@2026-11-24", "suspension_inspectie@2026-11-24" }));
    QCOMPARE(two.first().kind, ActionKind::OudersInformeren);
    QCOMPARE(two.last().kind, ActionKind::InspectieInformeren);
    QCOMPARE(two.first().measureId, qint64(7));
    QCOMPARE(two.first().incidentId, qint64(3));
    QCOMPARE(two.first().legalSource, QStringLiteral("WPO art. 40c"));
    m.endsOn = m.startsOn;               // one day: no Inspectie
    QCOMPARE(summary(planner.forMeasure(m, suspension)), QStringList({ "suspension_parents_letter@2026-11-24" }));
    m.status = MeasureStatus::Voornemen;  // nothing before the decision
    QVERIFY(planner.forMeasure(m, suspension).isEmpty());
}

void TestDeadlines::removalActions()
{
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    const MeasureType removal = type(Ladder::Leerling, "verwijdering", 3);
    Measure m;
    m.status = MeasureStatus::Voornemen;
    m.proposedOn = QDate(2026, 11, 2);
    QCOMPARE(summary(planner.forMeasure(m, removal)),
             QStringList({ "removal_hear_teacher@2026-11-02", "removal_hear_parents@2026-11-02" }));
    m.status = MeasureStatus::Opgelegd;
    m.decidedOn = QDate(2026, 11, 24);
    QCOMPARE(summary(planner.forMeasure(m, removal)),
             QStringList({ "removal_hear_teacher@2026-11-02", "removal_hear_parents@2026-11-02",
                           "removal_decision_letter@2026-11-24", "removal_inform_leerplicht@2026-11-24",
                           "removal_inform_inspectie@2026-11-24", "removal_reminder@2027-01-19",
                           "removal_objection_term@2027-01-05" }));
}

void TestDeadlines::staffActions()
{
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    Measure m;
    m.status = MeasureStatus::Voornemen;
    m.proposedOn = QDate(2026, 11, 24);
    const MeasureType reprimand = type(Ladder::Medewerker, "berisping", 2);
    QCOMPARE(summary(planner.forMeasure(m, reprimand)),
             QStringList({ "staff_intent_registered@2026-11-24", "staff_response_term@2026-12-15" }));
    m.status = MeasureStatus::Opgelegd;
    m.decidedOn = QDate(2026, 12, 18);
    QCOMPARE(summary(planner.forMeasure(m, reprimand)),
             QStringList({ "staff_intent_registered@2026-11-24", "staff_response_term@2026-12-15",
                           "staff_decision_registered@2026-12-18", "staff_appeal_term@2027-01-29" }));
    // A warning is not disciplinary: no procedure.
    QVERIFY(planner.forMeasure(m, type(Ladder::Medewerker, "waarschuwing", 1)).isEmpty());
    // An order suspension: hear first, no registered letters.
    Measure order = m;
    order.isOrderMeasure = true;
    QCOMPARE(summary(planner.forMeasure(order, type(Ladder::Medewerker, "schorsing", 3, true))),
             QStringList({ "order_suspension_hearing@2026-11-24" }));
    QCOMPARE(summary(planner.forMeasure(m, type(Ladder::Medewerker, "ontslag_op_staande_voet", 5))),
             QStringList({ "summary_dismissal_reason@2026-12-18" }));
}

void TestDeadlines::objectionTerm()
{
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    Measure m;
    m.id = 4;
    const QList<Action> actions = planner.forObjection(m, QDate(2026, 12, 30));
    QCOMPARE(summary(actions), QStringList({ "objection_decision_term@2027-01-27" }));
    QCOMPARE(actions.first().kind, ActionKind::BeslistermijnBezwaar);
}

void TestDeadlines::incidentFlagActions()
{
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    Incident i;
    i.id = 9;
    const QDate today(2026, 11, 24);
    QVERIFY(planner.forIncident(i, today).isEmpty());
    i.possiblyCriminal = true;
    QCOMPARE(summary(planner.forIncident(i, today)), QStringList({ "police_report@2026-11-24" }));
    i.parentsRefuseCooperation = true;
    i.context = IncidentContext::InSchool;       // only outside school
    QCOMPARE(planner.forIncident(i, today).size(), 1);
    i.context = IncidentContext::BuitenSchool;
    QVERIFY(summary(planner.forIncident(i, today)).contains(QStringLiteral("victims_report@2026-11-24")));
    Incident abuse;
    abuse.sexualOffenceSuspected = true;
    abuse.confidential = true;
    QCOMPARE(summary(planner.forIncident(abuse, today)),
             QStringList({ "police_report@2026-11-24", "inform_board@2026-11-24", "consult_vertrouwensinspecteur@2026-11-24" }));
    Incident home;
    home.unsafeHomeSigns = true;
    QCOMPARE(planner.forIncident(home, today).first().kind, ActionKind::VeiligThuis);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
