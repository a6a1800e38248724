#include "domain/deadlineplanner.h"
#include "domain/escalation.h"
#include "domain/measurerules.h"
#include "domain/schoolcalendar.h"

#include <QTest>

#include <algorithm>

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
    void publicHolidays_data();
    void publicHolidays();
    void liberationDayAndGoodFriday();
    void statutoryTerms_data();
    void statutoryTerms();
    void termsRunFromSending();
    void suspensionOverAHoliday();
    void suspensionsBackToBack_data();
    void suspensionsBackToBack();
    void stepsBeforeTheDecision();

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
    QTest::addColumn<bool>("goodFriday");
    QTest::addColumn<int>("days");
    QTest::newRow("next day") << QDate(2026, 11, 24) << QDate(2026, 11, 25) << false << 1;
    QTest::newRow("friday to monday") << QDate(2026, 11, 27) << QDate(2026, 11, 30) << false << 1;
    QTest::newRow("friday to wednesday") << QDate(2026, 11, 27) << QDate(2026, 12, 2) << false << 3;
    QTest::newRow("same day") << QDate(2026, 11, 24) << QDate(2026, 11, 24) << false << 0;
    // Christmas Day 2026 is a Friday: from Wednesday 23 to Monday 28 December are Thursday and Monday.
    QTest::newRow("christmas 2026") << QDate(2026, 12, 23) << QDate(2026, 12, 28) << false << 2;
    QTest::newRow("christmas to new year") << QDate(2026, 12, 24) << QDate(2027, 1, 4) << false << 5;
    QTest::newRow("board's day off") << QDate(2027, 1, 7) << QDate(2027, 1, 11) << false << 1;
    QTest::newRow("koningsdag 2027") << QDate(2027, 4, 26) << QDate(2027, 4, 28) << false << 1;
    // 5 May 2027 is no lustrum year: a working day; Ascension Day the next day is not.
    QTest::newRow("hemelvaart 2027") << QDate(2027, 5, 4) << QDate(2027, 5, 7) << false << 2;
    QTest::newRow("pinksteren 2027") << QDate(2027, 5, 14) << QDate(2027, 5, 18) << false << 1;
    QTest::newRow("easter 2027") << QDate(2027, 3, 25) << QDate(2027, 3, 30) << false << 2;
    QTest::newRow("easter 2027, good friday off") << QDate(2027, 3, 25) << QDate(2027, 3, 30) << true << 1;
    QTest::newRow("easter 2028") << QDate(2028, 4, 13) << QDate(2028, 4, 18) << false << 2;
}

void TestDeadlines::workingDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, goodFriday);
    PublicHolidays::Options options;
    options.goodFriday = goodFriday;
    // The board closes its offices on Friday 8 January 2027.
    const SchoolCalendar calendar({ { QDate(2027, 1, 8), QDate(2027, 1, 8), true } }, PublicHolidays(options));
    QTEST(calendar.workingDaysAfter(from, to), "days");
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
    QVERIFY(MeasureRules::problem(m, suspension, LegalTerms(), calendar).contains(QStringLiteral("20")));
    m.periodConfirmed = true;           // 20 calendar days: only when the user confirms it
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
    const SchoolCalendar calendar;
    QVERIFY(MeasureRules::warnings(dismissal, summary, LegalTerms(), calendar).isEmpty());
    dismissal.factsKnownOn = QDate(2026, 11, 19);
    QCOMPARE(MeasureRules::warnings(dismissal, summary, LegalTerms(), calendar).size(), 1);
    QVERIFY(MeasureRules::warnings(dismissal, summary, LegalTerms(), calendar).first().contains(QStringLiteral("7:677")));
    // Over Christmas: facts on Wednesday 23 December 2026, dismissed on Monday 28 December is two
    // working days later (Christmas Day is none); on Tuesday 29 December it is three.
    dismissal.factsKnownOn = QDate(2026, 12, 23);
    dismissal.proposedOn = dismissal.decidedOn = QDate(2026, 12, 28);
    QVERIFY(MeasureRules::warnings(dismissal, summary, LegalTerms(), calendar).isEmpty());
    dismissal.proposedOn = dismissal.decidedOn = QDate(2026, 12, 29);
    const QStringList late = MeasureRules::warnings(dismissal, summary, LegalTerms(), calendar);
    QCOMPARE(late.size(), 1);
    QVERIFY2(late.first().contains(QStringLiteral(" 3 ")), qPrintable(late.first()));
    // A staff warning carries its caution.
    QCOMPARE(MeasureRules::warnings(Measure(), type(Ladder::Medewerker, "waarschuwing", 1), LegalTerms(), calendar).size(), 1);
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

void TestDeadlines::publicHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::addColumn<QDate>("kingsDay");
    QTest::addColumn<QDate>("ascension");
    QTest::addColumn<QDate>("whitMonday");
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31) << QDate(2024, 4, 27) << QDate(2024, 5, 9) << QDate(2024, 5, 20);
    // King's Day 2025 falls on a Sunday: it moves to Saturday 26 April.
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20) << QDate(2025, 4, 26) << QDate(2025, 5, 29) << QDate(2025, 6, 9);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5) << QDate(2026, 4, 27) << QDate(2026, 5, 14) << QDate(2026, 5, 25);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28) << QDate(2027, 4, 27) << QDate(2027, 5, 6) << QDate(2027, 5, 17);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16) << QDate(2028, 4, 27) << QDate(2028, 5, 25) << QDate(2028, 6, 5);
    QTest::newRow("2038") << 2038 << QDate(2038, 4, 25) << QDate(2038, 4, 27) << QDate(2038, 6, 3) << QDate(2038, 6, 14);
}

void TestDeadlines::publicHolidays()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QFETCH(QDate, kingsDay);
    QFETCH(QDate, ascension);
    QFETCH(QDate, whitMonday);
    QCOMPARE(PublicHolidays::easterSunday(year), easter);
    const PublicHolidays holidays;
    QList<QDate> days;
    for (const PublicHoliday &h : holidays.ofYear(year))
        days.append(h.date);
    for (const QDate &day : { QDate(year, 1, 1), easter, easter.addDays(1), kingsDay, ascension, whitMonday.addDays(-1),
                              whitMonday, QDate(year, 12, 25), QDate(year, 12, 26) }) {
        QVERIFY2(days.contains(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(holidays.isHoliday(day));
        QVERIFY(!holidays.nameOf(day).isEmpty());
    }
    QVERIFY(std::is_sorted(days.begin(), days.end()));
    QVERIFY(!holidays.isHoliday(easter.addDays(-2)));       // Good Friday is the board's choice
    QVERIFY(!holidays.isHoliday(QDate(year, 12, 24)));
}

void TestDeadlines::liberationDayAndGoodFriday()
{
    // By default Liberation Day is a day off in lustrum years only, as many CAOs have it.
    const PublicHolidays standard;
    QVERIFY(standard.isHoliday(QDate(2025, 5, 5)));
    QVERIFY(standard.isHoliday(QDate(2030, 5, 5)));
    QVERIFY(!standard.isHoliday(QDate(2027, 5, 5)));
    PublicHolidays::Options every;
    every.liberationDay = PublicHolidays::LiberationDay::EveryYear;
    every.goodFriday = true;
    QVERIFY(PublicHolidays(every).isHoliday(QDate(2027, 5, 5)));
    QVERIFY(PublicHolidays(every).isHoliday(QDate(2027, 3, 26)));     // Good Friday 2027
    PublicHolidays::Options never;
    never.liberationDay = PublicHolidays::LiberationDay::Never;
    QVERIFY(!PublicHolidays(never).isHoliday(QDate(2025, 5, 5)));
    // School days skip public holidays too: Monday 3 to Friday 7 May 2027 has four (Ascension Day).
    QCOMPARE(SchoolCalendar().schoolDays(QDate(2027, 5, 3), QDate(2027, 5, 7)), 4);
    // The Algemene termijnenwet counts 5 May and Good Friday every year, whatever the board gives off.
    QVERIFY(PublicHolidays::isStatutoryRestDay(QDate(2027, 5, 5)));
    QVERIFY(PublicHolidays::isStatutoryRestDay(QDate(2027, 3, 26)));
    QVERIFY(!PublicHolidays::isStatutoryRestDay(QDate(2027, 3, 25)));
}

void TestDeadlines::statutoryTerms_data()
{
    QTest::addColumn<QDate>("event");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("plainEnd");
    QTest::addColumn<QDate>("due");
    QTest::newRow("ends on a weekday") << QDate(2026, 11, 2) << 6 << 0 << QDate(2026, 12, 14) << QDate(2026, 12, 14);
    // A decision sent on Saturday 14 November: six weeks end on Saturday 26 December (Boxing
    // Day), then Sunday: the term runs to Monday 28 December.
    QTest::newRow("saturday and boxing day") << QDate(2026, 11, 14) << 6 << 0 << QDate(2026, 12, 26) << QDate(2026, 12, 28);
    // An access request of 25 November 2026 would fall due on Christmas Day.
    QTest::newRow("christmas day") << QDate(2026, 11, 25) << 0 << 1 << QDate(2026, 12, 25) << QDate(2026, 12, 28);
    QTest::newRow("new year") << QDate(2026, 11, 20) << 6 << 0 << QDate(2027, 1, 1) << QDate(2027, 1, 4);
    // 5 May is a rest day of the law every year, and Ascension Day 2027 follows it.
    QTest::newRow("5 may and ascension 2027") << QDate(2027, 3, 24) << 6 << 0 << QDate(2027, 5, 5) << QDate(2027, 5, 7);
    QTest::newRow("good friday 2027") << QDate(2027, 2, 12) << 6 << 0 << QDate(2027, 3, 26) << QDate(2027, 3, 30);
    QTest::newRow("koningsdag 2028") << QDate(2028, 3, 16) << 6 << 0 << QDate(2028, 4, 27) << QDate(2028, 4, 28);
    QTest::newRow("whit monday 2027") << QDate(2027, 4, 5) << 6 << 0 << QDate(2027, 5, 17) << QDate(2027, 5, 18);
    QTest::newRow("easter monday 2028") << QDate(2028, 3, 6) << 6 << 0 << QDate(2028, 4, 17) << QDate(2028, 4, 18);
    // A month from 31 January ends on the last day of February, here a Sunday.
    QTest::newRow("month end") << QDate(2027, 1, 31) << 0 << 1 << QDate(2027, 2, 28) << QDate(2027, 3, 1);
    QTest::newRow("leap year") << QDate(2028, 1, 31) << 0 << 1 << QDate(2028, 2, 29) << QDate(2028, 2, 29);
}

void TestDeadlines::statutoryTerms()
{
    QFETCH(QDate, event);
    QFETCH(int, weeks);
    QFETCH(int, months);
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    const DeadlinePlanner::Term term = planner.termAfter(event, weeks, months);
    QCOMPARE(term.countedFrom, event.addDays(1));
    QTEST(term.plainEnd, "plainEnd");
    QTEST(term.due, "due");
    // The board's lawyer may switch the extension off: the term then ends where it ends.
    LegalTerms off;
    off.extendStatutoryTerms = false;
    QCOMPARE(DeadlinePlanner(off, SchoolCalendar()).termAfter(event, weeks, months).due, term.plainEnd);
}

void TestDeadlines::termsRunFromSending()
{
    const DeadlinePlanner planner{ LegalTerms(), SchoolCalendar() };
    const MeasureType removal = type(Ladder::Leerling, "verwijdering", 3);
    Measure m;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = QDate(2026, 10, 1);
    m.decidedOn = QDate(2026, 11, 2);
    const auto term = [&](const DeadlinePlanner::Done &done, const char *rule) {
        for (const Action &a : planner.forMeasure(m, removal, done))
            if (a.rule == QLatin1String(rule))
                return a;
        return Action();
    };
    // Until the letter is sent the term counts from the decision; sent on Thursday 5 November,
    // it runs from Friday 6 November to Thursday 17 December.
    QCOMPARE(term({}, "removal_objection_term").dueOn, QDate(2026, 12, 14));
    const Action sent = term({ { QStringLiteral("removal_decision_letter"), QDate(2026, 11, 5) } }, "removal_objection_term");
    QCOMPARE(sent.countedFrom, QDate(2026, 11, 6));
    QCOMPARE(sent.dueOn, QDate(2026, 12, 17));
    QVERIFY(!sent.unextendedDue.isValid());
    // Sent on Saturday 14 November: extended from Saturday 26 to Monday 28 December.
    const Action extended = term({ { QStringLiteral("removal_decision_letter"), QDate(2026, 11, 14) } }, "removal_objection_term");
    QCOMPARE(extended.dueOn, QDate(2026, 12, 28));
    QCOMPARE(extended.unextendedDue, QDate(2026, 12, 26));
    QCOMPARE(DeadlinePlanner::startedBy(QStringLiteral("removal_objection_term")), QStringLiteral("removal_decision_letter"));

    // A staff member's three weeks run from the sending of the registered intended decision.
    const MeasureType reprimand = type(Ladder::Medewerker, "berisping", 2);
    Measure staff;
    staff.status = MeasureStatus::Voornemen;
    staff.proposedOn = QDate(2026, 11, 24);
    Action response;
    for (const Action &a : planner.forMeasure(staff, reprimand, { { QStringLiteral("staff_intent_registered"), QDate(2026, 11, 26) } }))
        if (a.rule == QLatin1String("staff_response_term"))
            response = a;
    QCOMPARE(response.countedFrom, QDate(2026, 11, 27));
    QCOMPARE(response.dueOn, QDate(2026, 12, 17));
    // The appeal term of a decision sent on Monday 21 December 2026 runs from the 22nd to
    // Monday 1 February 2027.
    staff.status = MeasureStatus::Opgelegd;
    staff.decidedOn = QDate(2026, 12, 18);
    QString source;
    const DeadlinePlanner::Term appeal = planner.objectionTerm(staff, reprimand, { { QStringLiteral("staff_decision_registered"), QDate(2026, 12, 21) } }, &source);
    QCOMPARE(appeal.countedFrom, QDate(2026, 12, 22));
    QCOMPARE(appeal.due, QDate(2027, 2, 1));
    QVERIFY(source.contains(QStringLiteral("Commissie van Beroep")));
}

void TestDeadlines::suspensionOverAHoliday()
{
    // The Christmas holiday of 2026/2027: Saturday 19 December to Sunday 3 January.
    const SchoolCalendar calendar({ { QDate(2026, 12, 19), QDate(2027, 1, 3) } });
    const MeasureType suspension = type(Ladder::Leerling, "schorsing", 2, true);
    Measure m;
    m.personId = 1;
    m.measureTypeId = suspension.id;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = QDate(2026, 12, 17);
    m.startsOn = QDate(2026, 12, 18);
    m.endsOn = calendar.lastOfSchoolDays(m.startsOn, 5);
    QCOMPARE(m.endsOn, QDate(2027, 1, 7));
    QCOMPARE(MeasureRules::calendarDays(m), 21);
    const QString length = MeasureRules::periodSummary(m, suspension, calendar);
    QVERIFY2(length.startsWith(QStringLiteral("5 school day")) && length.contains(QStringLiteral(", 21 calendar day")),
             qPrintable(length));
    QVERIFY(MeasureRules::needsPeriodConfirmation(m, suspension, LegalTerms()));
    QString field;
    const QString refused = MeasureRules::problem(m, suspension, LegalTerms(), calendar, &field);
    QCOMPARE(field, QStringLiteral("period_confirmed"));
    QVERIFY2(refused.contains(QStringLiteral("21")), qPrintable(refused));
    m.periodConfirmed = true;
    QCOMPARE(MeasureRules::problem(m, suspension, LegalTerms(), calendar), QString());
    // A week from Monday to Friday, or Wednesday to Tuesday, needs no confirmation.
    m.startsOn = QDate(2026, 11, 25);
    m.endsOn = QDate(2026, 12, 1);
    QVERIFY(!MeasureRules::needsPeriodConfirmation(m, suspension, LegalTerms()));
}

void TestDeadlines::suspensionsBackToBack_data()
{
    QTest::addColumn<QDate>("otherFirst");
    QTest::addColumn<QDate>("otherLast");
    QTest::addColumn<bool>("refused");
    // This suspension: Monday 14 to Wednesday 16 December 2026 (3 school days).
    QTest::newRow("the week before") << QDate(2026, 12, 7) << QDate(2026, 12, 11) << true;
    QTest::newRow("friday before") << QDate(2026, 12, 11) << QDate(2026, 12, 11) << false;
    QTest::newRow("a school day between") << QDate(2026, 12, 7) << QDate(2026, 12, 10) << false;
    QTest::newRow("overlapping") << QDate(2026, 12, 15) << QDate(2026, 12, 18) << false;
    QTest::newRow("overlapping, longer") << QDate(2026, 12, 16) << QDate(2026, 12, 21) << true;
    QTest::newRow("right after") << QDate(2026, 12, 17) << QDate(2026, 12, 18) << false;
    QTest::newRow("right after, too long") << QDate(2026, 12, 17) << QDate(2026, 12, 21) << true;
    QTest::newRow("months apart") << QDate(2026, 9, 7) << QDate(2026, 9, 11) << false;
}

void TestDeadlines::suspensionsBackToBack()
{
    QFETCH(QDate, otherFirst);
    QFETCH(QDate, otherLast);
    QFETCH(bool, refused);
    const MeasureType suspension = type(Ladder::Leerling, "schorsing", 2, true);
    Measure m;
    m.id = 2;
    m.startsOn = QDate(2026, 12, 14);
    m.endsOn = QDate(2026, 12, 16);
    Measure other;
    other.id = 1;
    other.startsOn = otherFirst;
    other.endsOn = otherLast;
    const QString problem = MeasureRules::chainProblem(m, suspension, LegalTerms(), SchoolCalendar(), { other });
    QCOMPARE(!problem.isEmpty(), refused);
    if (refused)
        QVERIFY2(problem.contains(QStringLiteral("WPO art. 40c")) && problem.contains(otherFirst.toString(QStringLiteral("dd-MM-yyyy"))),
                 qPrintable(problem));
}

void TestDeadlines::stepsBeforeTheDecision()
{
    const MeasureType removal = type(Ladder::Leerling, "verwijdering", 3);
    Measure m;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = QDate(2026, 11, 2);
    m.decidedOn = QDate(2026, 11, 20);
    QCOMPARE(MeasureRules::openSteps(m, removal, {}).size(), 2);
    Action teacher;
    teacher.rule = QStringLiteral("removal_hear_teacher");
    teacher.status = ActionStatus::Gedaan;
    teacher.doneOn = QDate(2026, 11, 10);
    m.hearingHeld = true;                   // the parents, recorded with the measure
    m.hearingOn = QDate(2026, 11, 12);
    QVERIFY(MeasureRules::openSteps(m, removal, { teacher }).isEmpty());
    teacher.doneOn = QDate(2026, 11, 23);   // heard after the decision: too late
    QVERIFY(MeasureRules::openSteps(m, removal, { teacher }).first().contains(QStringLiteral("WPO art. 40")));

    // A reprimand while the response term runs (to Thursday 17 December).
    const MeasureType reprimand = type(Ladder::Medewerker, "berisping", 2);
    Measure r;
    r.status = MeasureStatus::Opgelegd;
    r.proposedOn = QDate(2026, 11, 24);
    r.decidedOn = QDate(2026, 12, 17);
    Action intent;
    intent.rule = QStringLiteral("staff_intent_registered");
    intent.status = ActionStatus::Gedaan;
    intent.doneOn = QDate(2026, 11, 26);
    Action term;
    term.rule = QStringLiteral("staff_response_term");
    term.dueOn = QDate(2026, 12, 17);
    QCOMPARE(MeasureRules::openSteps(r, reprimand, { intent, term }).size(), 1);
    QVERIFY(MeasureRules::openSteps(r, reprimand, { intent, term }).first().contains(QStringLiteral("17-12-2026")));
    r.decidedOn = QDate(2026, 12, 18);
    QVERIFY(MeasureRules::openSteps(r, reprimand, { intent, term }).isEmpty());
    QCOMPARE(MeasureRules::openSteps(r, reprimand, {}).size(), 2);    // decided without any procedure
    // The staff member responded early: the term's action is done, the decision may follow.
    r.decidedOn = QDate(2026, 12, 10);
    term.status = ActionStatus::Gedaan;
    term.doneOn = QDate(2026, 12, 8);
    QVERIFY(MeasureRules::openSteps(r, reprimand, { intent, term }).isEmpty());

    // An order suspension without hearing; a summary dismissal has no such steps.
    Measure order = r;
    order.isOrderMeasure = true;
    QCOMPARE(MeasureRules::openSteps(order, type(Ladder::Medewerker, "schorsing", 3, true), {}).size(), 1);
    order.hearingHeld = true;
    order.hearingOn = order.decidedOn;
    QVERIFY(MeasureRules::openSteps(order, type(Ladder::Medewerker, "schorsing", 3, true), {}).isEmpty());
    QVERIFY(MeasureRules::openSteps(r, type(Ladder::Medewerker, "ontslag_op_staande_voet", 5), {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
