#include "accessscope.h"
#include "actionrepository.h"
#include "actionservice.h"
#include "casesummary.h"
#include "database.h"
#include "incidentrepository.h"
#include "incidentservice.h"
#include "letterservice.h"
#include "measurerepository.h"
#include "measureservice.h"
#include "measuretyperepository.h"
#include "personrepository.h"
#include "protocolrepository.h"
#include "schoolrepository.h"
#include "ladderservice.h"
#include "procedures.h"
#include "settingsrepository.h"
#include "storageerror.h"
#include "testdatabase.h"
#include "transaction.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTest>

// Measures through MeasureService on a real database: the suspension limit, generated actions
// and their due dates, removal with objection, withdrawal, escalation motivation, police
// reports by authorised users only, and incident flags filing their actions once.
class TestMeasures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void twoDaySuspensionFilesLetterAndInspectie();
    void sixDaySuspensionIsRefused();
    void removalWithObjection();
    void removalBeforeItsHearingsNeedsMotivation();
    void staffDecisionWaitsForTheResponseTerm();
    void suspensionsBackToBackCountTogether();
    void daysOffFromTheSettings();
    void withdrawalEndsOpenActions();
    void heavierThanAdvisedNeedsMotivation();
    void adviceReadsWhatThePersonReallyHas();
    void policeReportOnlyByAuthorisedUser();
    void flagsFileTheirActionsOnce();
    void deadlinesListedAndFiltered();

private:
    MeasureType rung(Ladder ladder, const QString &code) const;
    Measure suspension(const QDate &first, const QDate &last) const;
    QStringList rules(qint64 incidentId) const;
    // The case's action filed by a rule.
    std::optional<Action> action(const QString &rule) const;
    // Marks the case's action filed by a rule done on a day, as the director.
    void markDone(const QString &rule, const QDate &on) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AccessScope m_director;
    qint64 m_school = 0;
    qint64 m_pupil = 0;
    Incident m_incident;
};

void TestMeasures::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    {
        Transaction tx(*m_db, AccessScope::system());
        School school;
        school.name = QStringLiteral("De Esch");
        SchoolRepository(*m_db).insert(tx, school);
        m_school = school.id;
        User director;
        director.login = QStringLiteral("directeur");
        director.displayName = QStringLiteral("Dirk Directeur");
        director.role = UserRole::Directeur;
        director.schoolIds = { school.id };
        UserRepository(*m_db).insert(tx, director);
        m_director = AccessScope(director.id, director.login, director.role, director.schoolIds);
        Person pupil;
        pupil.kind = PersonKind::Leerling;
        pupil.givenNames = QStringLiteral("Daan");
        pupil.surname = QStringLiteral("Bos");
        pupil.birthDate = QDate(2015, 5, 5);
        pupil.schoolId = school.id;
        PersonRepository(*m_db).insert(tx, pupil);
        m_pupil = pupil.id;
        tx.commit();
    }
    IncidentService incidents(*m_db, m_director);
    m_incident = incidents.draft(m_school);
    m_incident.title = QStringLiteral("Bedreiging via Snapchat");
    m_incident.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    m_incident.reportedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    m_incident.severity = Severity::Ernstig;
    Involvement causer;
    causer.personId = m_pupil;
    causer.role = InvolvementRole::Veroorzaker;
    m_incident.involvements.append(causer);
    incidents.registerIncident(m_incident);
    m_incident.articleIds = { ProtocolRepository(*m_db).version(m_incident.protocolVersionId)->articles.first().id };
    incidents.save(m_incident);
    incidents.changeStatus(m_incident, IncidentStatus::InBehandeling, QString());
}

void TestMeasures::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

MeasureType TestMeasures::rung(Ladder ladder, const QString &code) const
{
    for (const MeasureType &t : MeasureTypeRepository(*m_db).ladder(ladder))
        if (t.code == code)
            return t;
    return {};
}

Measure TestMeasures::suspension(const QDate &first, const QDate &last) const
{
    Measure m;
    m.incidentId = m_incident.id;
    m.personId = m_pupil;
    m.measureTypeId = rung(Ladder::Leerling, QStringLiteral("schorsing")).id;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = first;
    m.startsOn = first;
    m.endsOn = last;
    return m;
}

QStringList TestMeasures::rules(qint64 incidentId) const
{
    QStringList result;
    for (const Action &a : ActionRepository(*m_db).ofIncident(AccessScope::system(), incidentId))
        result.append(a.rule + QLatin1Char('@') + a.dueOn.toString(Qt::ISODate) + QLatin1Char(':') + toCode(a.status));
    return result;
}

std::optional<Action> TestMeasures::action(const QString &rule) const
{
    for (const Action &a : ActionRepository(*m_db).ofIncident(AccessScope::system(), m_incident.id))
        if (a.rule == rule)
            return a;
    return std::nullopt;
}

void TestMeasures::markDone(const QString &rule, const QDate &on) const
{
    Action a = *action(rule);
    ActionService(*m_db, m_director).markDone(a, on, QStringLiteral("Gedaan."));
}

// A Monday and Tuesday well in the past, so every check of "today" passes.
static const QDate Monday(2026, 11, 16);

void TestMeasures::twoDaySuspensionFilesLetterAndInspectie()
{
    Measure m = suspension(Monday, Monday.addDays(1));
    MeasureService(*m_db, m_director).propose(m);
    QVERIFY(m.id > 0);
    QCOMPARE(m.advisedMeasureTypeId, rung(Ladder::Leerling, QStringLiteral("schorsing")).id);     // serious: step 2
    QCOMPARE(rules(m_incident.id), QStringList({ "suspension_parents_letter@2026-11-16:open",
                                                 "suspension_inspectie@2026-11-16:open" }));
    // Saving again files nothing twice; the case moved to `maatregel`.
    MeasureService(*m_db, m_director).save(m);
    QCOMPARE(rules(m_incident.id).size(), 2);
    QCOMPARE(IncidentRepository(*m_db).get(m_director, m_incident.id)->status, IncidentStatus::Maatregel);
}

void TestMeasures::sixDaySuspensionIsRefused()
{
    Measure m = suspension(Monday, Monday.addDays(7));     // Monday to next Monday: 6 school days
    try {
        MeasureService(*m_db, m_director).propose(m);
        QFAIL("a six-day suspension was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
        QVERIFY2(error.message().contains(QStringLiteral("40c")), qPrintable(error.message()));
    }
    QVERIFY(MeasureRepository(*m_db).ofIncident(m_director, m_incident.id).isEmpty());
    QVERIFY(rules(m_incident.id).isEmpty());
    // A holiday in the school's calendar makes the same dates fit.
    {
        Transaction tx(*m_db, AccessScope::system());
        SchoolRepository(*m_db).addHoliday(tx, m_school, QStringLiteral("Studiedag"), Monday.addDays(2), Monday.addDays(2));
        tx.commit();
    }
    // Eight calendar days for five school days: only when the user confirms the length.
    try {
        MeasureService(*m_db, m_director).propose(m);
        QFAIL("a suspension of eight calendar days was accepted unconfirmed");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("8")), qPrintable(error.message()));
    }
    QVERIFY(MeasureService(*m_db, m_director).needsPeriodConfirmation(m));
    m.periodConfirmed = true;
    MeasureService(*m_db, m_director).propose(m);
    QVERIFY(m.id > 0);
    QVERIFY(MeasureRepository(*m_db).get(m_director, m.id)->periodConfirmed);
}

void TestMeasures::removalWithObjection()
{
    Measure m;
    m.incidentId = m_incident.id;
    m.personId = m_pupil;
    m.measureTypeId = rung(Ladder::Leerling, QStringLiteral("verwijdering")).id;
    m.proposedOn = QDate(2026, 10, 1);
    m.escalationMotivation = QStringLiteral("Herhaalde ernstige bedreigingen.");
    MeasureService service(*m_db, m_director);
    service.propose(m);
    QCOMPARE(rules(m_incident.id), QStringList({ "removal_hear_teacher@2026-10-01:open", "removal_hear_parents@2026-10-01:open" }));
    // The class teacher is heard (the action), then the decision while the parents were not.
    markDone(QStringLiteral("removal_hear_teacher"), QDate(2026, 10, 5));
    m.status = MeasureStatus::Opgelegd;
    m.decidedOn = QDate(2026, 10, 12);
    QCOMPARE(service.openSteps(m), QStringList({ QStringLiteral("hearing the parents (WPO art. 40)") }));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.save(m));
    QCOMPARE(MeasureRepository(*m_db).get(m_director, m.id)->status, MeasureStatus::Voornemen);
    // The parents' hearing recorded with the measure completes its step.
    m.hearingHeld = true;
    m.hearingOn = QDate(2026, 10, 8);
    m.hearingBy = QStringLiteral("Directeur");
    service.save(m);
    QCOMPARE(rules(m_incident.id).size(), 7);
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_hear_parents@2026-10-01:gedaan")));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_inform_leerplicht@2026-10-12:open")));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_objection_term@2026-11-23:open")));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_reminder@2026-12-07:open")));
    QVERIFY(m.stepMotivation.isEmpty());
    // The decision goes out two days later: the objection term runs from the day after.
    markDone(QStringLiteral("removal_decision_letter"), QDate(2026, 10, 14));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_objection_term@2026-11-25:open")));
    QCOMPARE(action(QStringLiteral("removal_objection_term"))->countedFrom, QDate(2026, 10, 15));
    // A letter about the decision names the same last day.
    LetterService letters(*m_db, m_director, QStringLiteral("Dirk Directeur"), QStringLiteral("directeur"));
    LetterService::Request request;
    request.incidentId = m_incident.id;
    request.measureId = m.id;
    request.subjectPersonId = m_pupil;
    const QHash<QString, QString> values = letters.values(request, letters.recipientsFor(m_pupil).first());
    QCOMPARE(values.value(QStringLiteral("termijn.bezwaar")), QStringLiteral("25 november 2026"));
    Objection objection = service.addObjection(m, QDate(2026, 10, 20), QStringLiteral("Ouders maken bezwaar."));
    QCOMPARE(m.status, MeasureStatus::Bezwaar);
    QVERIFY(objection.lateReason.isEmpty());
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("objection_decision_term@2026-11-17:open")));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_objection_term@2026-11-25:gedaan")));
    QVERIFY_THROWS_EXCEPTION(StorageError, service.addObjection(m, QDate(2026, 10, 21), QString()));
    objection.hearingOn = QDate(2026, 11, 3);
    service.decideObjection(m, objection, QDate(2026, 11, 10), false);
    QCOMPARE(MeasureRepository(*m_db).objections(m.id).first().hearingOn, QDate(2026, 11, 3));
    QCOMPARE(m.status, MeasureStatus::BezwaarOngegrond);
    QCOMPARE(MeasureRepository(*m_db).objections(m.id).first().outcome, QStringLiteral("ongegrond"));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("objection_decision_term@2026-11-17:gedaan")));
    QVERIFY(rules(m_incident.id).contains(QStringLiteral("removal_reminder@2026-12-07:open")));
}

void TestMeasures::removalBeforeItsHearingsNeedsMotivation()
{
    Measure m;
    m.incidentId = m_incident.id;
    m.personId = m_pupil;
    m.measureTypeId = rung(Ladder::Leerling, QStringLiteral("verwijdering")).id;
    m.status = MeasureStatus::Opgelegd;
    m.proposedOn = m.decidedOn = QDate(2026, 9, 1);
    m.escalationMotivation = QStringLiteral("Ernstige bedreiging van een medeleerling.");
    MeasureService service(*m_db, m_director);
    try {
        service.propose(m);
        QFAIL("a removal was decided without its hearings and without a word");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("class teacher")) && error.message().contains(QStringLiteral("parents")),
                 qPrintable(error.message()));
    }
    QVERIFY(MeasureRepository(*m_db).ofIncident(m_director, m_incident.id).isEmpty());
    QVERIFY(rules(m_incident.id).isEmpty());
    m.stepMotivation = QStringLiteral("Acuut gevaar; ouders onbereikbaar.");
    service.propose(m);
    QCOMPARE(MeasureRepository(*m_db).get(m_director, m.id)->stepMotivation, QStringLiteral("Acuut gevaar; ouders onbereikbaar."));
    // The skipped hearings are closed with the motivation, the rest of the procedure is filed.
    const Action teacher = *action(QStringLiteral("removal_hear_teacher"));
    QCOMPARE(teacher.status, ActionStatus::NietNodig);
    QVERIFY(teacher.notNeededReason.contains(QStringLiteral("Acuut gevaar")));
    QCOMPARE(action(QStringLiteral("removal_hear_parents"))->status, ActionStatus::NietNodig);
    QCOMPARE(action(QStringLiteral("removal_inform_inspectie"))->status, ActionStatus::Open);

    // An objection after its term (13 October) is handled only with a reason, which is kept.
    QCOMPARE(service.objectionTerm(m)->due, QDate(2026, 10, 13));
    try {
        service.addObjection(m, QDate(2026, 10, 20), QStringLiteral("Brief van de ouders."));
        QFAIL("a late objection was accepted without a word");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("13-10-2026")), qPrintable(error.message()));
    }
    QCOMPARE(MeasureRepository(*m_db).get(m_director, m.id)->status, MeasureStatus::Opgelegd);
    QVERIFY(MeasureRepository(*m_db).objections(m.id).isEmpty());
    const Objection late = service.addObjection(m, QDate(2026, 10, 20), QStringLiteral("Brief van de ouders."),
                                                QStringLiteral("De ouders waren in het buitenland."));
    QCOMPARE(MeasureRepository(*m_db).objections(m.id).first().lateReason, QStringLiteral("De ouders waren in het buitenland."));
    QCOMPARE(late.lateReason, QStringLiteral("De ouders waren in het buitenland."));
    // Both reasons stand in the case summary.
    const QString summary = CaseSummary(*m_db, m_director).html(m_incident.id);
    QVERIFY(summary.contains(QStringLiteral("Acuut gevaar; ouders onbereikbaar.")));
    QVERIFY(summary.contains(QStringLiteral("De ouders waren in het buitenland.")));
}

void TestMeasures::staffDecisionWaitsForTheResponseTerm()
{
    Person teacher;
    {
        Transaction tx(*m_db, AccessScope::system());
        teacher.kind = PersonKind::Medewerker;
        teacher.givenNames = QStringLiteral("Tom");
        teacher.surname = QStringLiteral("Leraar");
        teacher.schoolId = m_school;
        PersonRepository(*m_db).insert(tx, teacher);
        tx.commit();
    }
    Involvement causer;
    causer.personId = teacher.id;
    causer.role = InvolvementRole::Veroorzaker;
    m_incident.involvements.append(causer);
    IncidentService(*m_db, m_director).save(m_incident);
    Measure m;
    m.incidentId = m_incident.id;
    m.personId = teacher.id;
    m.measureTypeId = rung(Ladder::Medewerker, QStringLiteral("berisping")).id;
    m.proposedOn = QDate(2026, 11, 2);
    m.escalationMotivation = QStringLiteral("Vertrouwelijke gegevens gedeeld.");
    MeasureService service(*m_db, m_director);
    service.propose(m);
    QCOMPARE(action(QStringLiteral("staff_response_term"))->dueOn, QDate(2026, 11, 23));
    // The registered letter goes out on Thursday 5 November: three weeks from the day after.
    markDone(QStringLiteral("staff_intent_registered"), QDate(2026, 11, 5));
    QCOMPARE(action(QStringLiteral("staff_response_term"))->dueOn, QDate(2026, 11, 26));
    QCOMPARE(action(QStringLiteral("staff_response_term"))->countedFrom, QDate(2026, 11, 6));
    m.status = MeasureStatus::Opgelegd;
    m.decidedOn = QDate(2026, 11, 25);
    try {
        service.save(m);
        QFAIL("a reprimand was decided while the response term ran");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("26-11-2026")), qPrintable(error.message()));
    }
    m.decidedOn = QDate(2026, 11, 27);
    service.save(m);
    QCOMPARE(action(QStringLiteral("staff_appeal_term"))->dueOn, QDate(2027, 1, 8));
    // The decision is sent on Saturday 28 November: the appeal term would end on Saturday
    // 9 January and runs to Monday 11 January (Algemene termijnenwet).
    markDone(QStringLiteral("staff_decision_registered"), QDate(2026, 11, 28));
    const Action appeal = *action(QStringLiteral("staff_appeal_term"));
    QCOMPARE(appeal.dueOn, QDate(2027, 1, 11));
    QCOMPARE(appeal.unextendedDue, QDate(2027, 1, 9));
    QCOMPARE(appeal.countedFrom, QDate(2026, 11, 29));
}

void TestMeasures::suspensionsBackToBackCountTogether()
{
    MeasureService service(*m_db, m_director);
    Measure first = suspension(Monday, Monday.addDays(4));             // Monday 16 to Friday 20 November
    service.propose(first);
    Measure second = suspension(Monday.addDays(7), Monday.addDays(11));     // the next week
    try {
        service.propose(second);
        QFAIL("two suspensions back to back were accepted");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("10")) && error.message().contains(QStringLiteral("16-11-2026")),
                 qPrintable(error.message()));
    }
    QCOMPARE(MeasureRepository(*m_db).ofIncident(m_director, m_incident.id).size(), 1);
    // A school day between them, or the first withdrawn, and the second stands on its own.
    Measure later = suspension(Monday.addDays(8), Monday.addDays(11));
    service.propose(later);
    later.status = MeasureStatus::Ingetrokken;
    service.save(later);
    first.status = MeasureStatus::Ingetrokken;
    service.save(first);
    service.propose(second);
    QVERIFY(second.id > 0);
}

void TestMeasures::daysOffFromTheSettings()
{
    Procedures procedures(*m_db);
    QVERIFY(procedures.calendar(m_school).isWorkingDay(QDate(2027, 3, 26)));      // Good Friday 2027
    QVERIFY(!procedures.calendar(m_school).isWorkingDay(QDate(2026, 12, 25)));
    QVERIFY(procedures.terms().extendStatutoryTerms);
    {
        Transaction tx(*m_db, AccessScope::system());
        SettingsRepository(*m_db).setValue(tx, QStringLiteral("good_friday_day_off"), QStringLiteral("1"));
        tx.commit();
    }
    LadderService(*m_db, AccessScope::system()).addHoliday(0, QStringLiteral("Brugdag"), QDate(2027, 5, 7), QDate(2027, 5, 7), true);
    LadderService(*m_db, AccessScope::system()).addHoliday(0, QStringLiteral("Meivakantie"), QDate(2027, 4, 24), QDate(2027, 5, 2));
    const SchoolCalendar calendar = procedures.calendar(m_school);
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 3, 26)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 5, 7)));     // the board's day off
    QVERIFY(calendar.isWorkingDay(QDate(2027, 4, 28)));     // a school holiday is a working day
    QVERIFY(!calendar.isSchoolDay(QDate(2027, 4, 28)));
}

void TestMeasures::withdrawalEndsOpenActions()
{
    Measure m = suspension(Monday, Monday.addDays(1));
    MeasureService service(*m_db, m_director);
    service.propose(m);
    m.status = MeasureStatus::Ingetrokken;
    service.save(m);
    QCOMPARE(rules(m_incident.id), QStringList({ "suspension_parents_letter@2026-11-16:niet_nodig",
                                                 "suspension_inspectie@2026-11-16:niet_nodig" }));
}

void TestMeasures::heavierThanAdvisedNeedsMotivation()
{
    // Serious incident, no history: a suspension is advised; a removal needs a motivation.
    const Escalation::Advice advice = MeasureService(*m_db, m_director).advise(m_incident.id, m_pupil);
    QCOMPARE(advice.type.code, QStringLiteral("schorsing"));
    Measure m;
    m.incidentId = m_incident.id;
    m.personId = m_pupil;
    m.measureTypeId = rung(Ladder::Leerling, QStringLiteral("verwijdering")).id;
    m.proposedOn = QDate(2026, 11, 2);
    try {
        MeasureService(*m_db, m_director).propose(m);
        QFAIL("a heavier measure went through without motivation");
    } catch (const StorageError &error) {
        QVERIFY(error.message().contains(advice.type.name));
    }
    m.escalationMotivation = QStringLiteral("Eerder al gewaarschuwd op een andere school.");
    MeasureService(*m_db, m_director).propose(m);
    QCOMPARE(MeasureRepository(*m_db).get(m_director, m.id)->escalationMotivation,
             QStringLiteral("Eerder al gewaarschuwd op een andere school."));
    // Someone not involved cannot get a measure in this incident.
    Measure stranger = m;
    stranger.personId = m_pupil + 1000;
    QVERIFY_THROWS_EXCEPTION(StorageError, MeasureService(*m_db, m_director).propose(stranger));
}

void TestMeasures::adviceReadsWhatThePersonReallyHas()
{
    // The demo's shape: a light case, a warning imposed in it three weeks ago, and an earlier case
    // (the fixture's) with the same pupil as causer.
    IncidentService incidents(*m_db, m_director);
    Incident light = incidents.draft(m_school);
    light.title = QStringLiteral("Meme over de mentor");
    light.occurredAt = QDateTime::currentDateTimeUtc().addDays(-23);
    light.reportedAt = QDateTime::currentDateTimeUtc().addDays(-22);
    light.severity = Severity::Licht;
    Involvement causer;
    causer.personId = m_pupil;
    causer.role = InvolvementRole::Veroorzaker;
    light.involvements.append(causer);
    incidents.registerIncident(light);
    MeasureService measures(*m_db, m_director);
    Escalation::Advice advice = measures.advise(light.id, m_pupil);
    QCOMPARE(advice.type.code, QStringLiteral("waarschuwing"));
    QCOMPARE(advice.previousRank, 0);
    QVERIFY2(advice.reason.contains(m_incident.reference), qPrintable(advice.reason));
    QVERIFY2(!advice.reason.contains(light.reference), qPrintable(advice.reason));

    Measure warning;
    warning.incidentId = light.id;
    warning.personId = m_pupil;
    warning.measureTypeId = rung(Ladder::Leerling, QStringLiteral("waarschuwing")).id;
    warning.status = MeasureStatus::Opgelegd;
    warning.proposedOn = warning.decidedOn = QDate::currentDate().addDays(-21);
    measures.propose(warning);
    // The warning counts for the next measure in the same case ...
    advice = measures.advise(light.id, m_pupil);
    QCOMPARE(advice.previousRank, 1);
    QCOMPARE(advice.type.code, QStringLiteral("schorsing"));
    QVERIFY2(advice.reason.contains(QStringLiteral("1")), qPrintable(advice.reason));
    // ... and in another, but not against itself when it is edited.
    QCOMPARE(measures.advise(m_incident.id, m_pupil).previousRank, 1);
    QCOMPARE(measures.advise(light.id, m_pupil, warning.id).previousRank, 0);
    // Withdrawn, it no longer counts.
    warning.status = MeasureStatus::Ingetrokken;
    measures.save(warning);
    QCOMPARE(measures.advise(light.id, m_pupil).previousRank, 0);
}

void TestMeasures::policeReportOnlyByAuthorisedUser()
{
    m_incident.possiblyCriminal = true;
    IncidentService(*m_db, m_director).save(m_incident);
    const QList<Action> actions = ActionRepository(*m_db).ofIncident(m_director, m_incident.id);
    QCOMPARE(actions.size(), 1);
    Action report = actions.first();
    QCOMPARE(report.kind, ActionKind::Aangifte);
    // Closing it as not needed is deciding on a police report as well.
    try {
        ActionService(*m_db, m_director).markNotNeeded(report, QStringLiteral("Geen strafbaar feit."));
        QFAIL("an unauthorised user set the police report to not needed");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Denied);
    }
    QCOMPARE(ActionRepository(*m_db).get(m_director, report.id)->status, ActionStatus::Open);
    try {
        ActionService(*m_db, m_director).markDone(report, QDate::currentDate(), QString(), QStringLiteral("PL0900-2026-1234"));
        QFAIL("an unauthorised user filed a police report");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Denied);
    }
    {
        Transaction tx(*m_db, AccessScope::system());
        User director = *UserRepository(*m_db).get(AccessScope::system(), m_director.userId());
        director.mayReportToPolice = true;
        UserRepository(*m_db).update(tx, director);
        tx.commit();
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, ActionService(*m_db, m_director).markDone(report, QDate::currentDate(), QString()));
    ActionService(*m_db, m_director).markDone(report, QDate::currentDate(), QStringLiteral("Aangifte gedaan"),
                                              QStringLiteral("PL0900-2026-1234"));
    const Action stored = *ActionRepository(*m_db).get(m_director, report.id);
    QCOMPARE(stored.status, ActionStatus::Gedaan);
    QCOMPARE(stored.policeReference, QStringLiteral("PL0900-2026-1234"));
    QVERIFY_THROWS_EXCEPTION(StorageError, ActionService(*m_db, m_director).markNotNeeded(report, QStringLiteral("x")));
}

void TestMeasures::flagsFileTheirActionsOnce()
{
    m_incident.unsafeHomeSigns = true;
    IncidentService(*m_db, m_director).save(m_incident);
    IncidentService(*m_db, m_director).save(m_incident);
    QCOMPARE(rules(m_incident.id).size(), 1);
    QVERIFY(rules(m_incident.id).first().startsWith(QStringLiteral("meldcode@")));
    // By hand: any kind, with a due date; not needed with a reason.
    Action call;
    call.incidentId = m_incident.id;
    call.kind = ActionKind::Overig;
    call.title = QStringLiteral("Mentor bellen");
    call.dueOn = QDate::currentDate().addDays(3);
    ActionService(*m_db, m_director).add(call);
    QVERIFY_THROWS_EXCEPTION(StorageError, ActionService(*m_db, m_director).markNotNeeded(call, QStringLiteral(" ")));
    ActionService(*m_db, m_director).markNotNeeded(call, QStringLiteral("Mentor is ziek; ouders gebeld."));
    QCOMPARE(rules(m_incident.id).size(), 2);
}

void TestMeasures::deadlinesListedAndFiltered()
{
    Measure m = suspension(Monday, Monday.addDays(1));
    MeasureService(*m_db, m_director).propose(m);
    ActionRepository actions(*m_db);
    DeadlineFilter all;
    QCOMPARE(actions.deadlines(m_director, all).size(), 2);
    DeadlineFilter inspectie;
    inspectie.kind = ActionKind::InspectieInformeren;
    QCOMPARE(actions.deadlines(m_director, inspectie).size(), 1);
    DeadlineFilter person;
    person.personId = m_pupil;
    QCOMPARE(actions.deadlines(m_director, person).size(), 2);
    DeadlineFilter early;
    early.dueBefore = Monday.addDays(-1);
    QCOMPARE(actions.deadlines(m_director, early).size(), 0);
    const AccessScope elsewhere(77, QStringLiteral("ander"), UserRole::Directeur, { m_school + 50 });
    QCOMPARE(actions.deadlines(elsewhere, all).size(), 0);
}

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
