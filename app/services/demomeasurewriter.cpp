#include "demomeasurewriter.h"

#include "../domain/measurerules.h"
#include "../storage/actionrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/transaction.h"
#include "procedures.h"

DemoMeasureWriter::DemoMeasureWriter(Database &db, DemoRandom &random, const DemoPeople &people, const QDate &today)
    : m_db(db), m_random(random), m_people(people), m_today(today), m_terms(Procedures(db).terms())
{
}

const SchoolCalendar &DemoMeasureWriter::calendar(qint64 schoolId)
{
    auto found = m_calendars.find(schoolId);
    if (found == m_calendars.end())
        found = m_calendars.insert(schoolId, Procedures(m_db).calendar(schoolId));
    return *found;
}

qint64 DemoMeasureWriter::write(Transaction &tx, const Incident &incident, qint64 personId, const MeasureType &type,
                                DemoDataGenerator::Summary &summary)
{
    const SchoolCalendar &cal = calendar(incident.schoolId);
    const DeadlinePlanner planner(m_terms, cal);
    const QDate reported = incident.reportedAt.toLocalTime().date();
    Measure m;
    m.incidentId = incident.id;
    m.personId = personId;
    m.measureTypeId = type.id;
    m.advisedMeasureTypeId = type.id;
    m.proposedByUserId = m_people.directorUser;
    m.proposedOn = past(reported.addDays(m_random.between(1, 7)));
    m.motivation = QStringLiteral("Passend bij de ernst van het incident en eerdere afspraken.");
    m.hearingBy = QStringLiteral("Directeur (demo)");

    // The steps before the decision, on their days; the decision follows the last of them.
    DeadlinePlanner::Done done;
    const bool removal = (type.ladder == Ladder::Leerling || type.ladder == Ladder::Ouder)
                         && type.code == QLatin1String("verwijdering");
    const bool staffProcedure = type.ladder == Ladder::Medewerker && type.isDisciplinary
                                && type.code != QLatin1String("ontslag_op_staande_voet");
    QDate decision = m.proposedOn.addDays(m_random.between(0, 7));
    m.hearingHeld = true;
    m.hearingOn = m.proposedOn;
    if (staffProcedure) {
        const QDate sent = m.proposedOn.addDays(m_random.between(0, 2));
        done.insert(QStringLiteral("staff_intent_registered"), sent);
        decision = planner.termAfter(sent, m_terms.staffResponseWeeks).due.addDays(m_random.between(1, 5));
    }
    if (removal) {
        const QDate teacher = m.proposedOn.addDays(m_random.between(1, 4));
        m.hearingOn = m.proposedOn.addDays(m_random.between(2, 6));
        done.insert(QStringLiteral("removal_hear_teacher"), teacher);
        done.insert(QStringLiteral("removal_hear_parents"), m.hearingOn);
        decision = std::max(teacher, m.hearingOn).addDays(m_random.between(1, 5));
    }
    const bool decided = decision < m_today && m.hearingOn < m_today;
    if (!decided) {
        // Still a proposal: only the steps already taken are done.
        for (auto it = done.begin(); it != done.end();)
            it = it.value() <= m_today ? std::next(it) : done.erase(it);
        m.hearingHeld = m.hearingOn <= m_today;
        m.hearingOn = m.hearingHeld ? m.hearingOn : QDate();
    }
    m.status = decided ? MeasureStatus::Opgelegd : MeasureStatus::Voornemen;
    if (decided) {
        m.decidedOn = decision;
        m.decidedByUserId = type.rank >= 3 || type.ladder == Ladder::Medewerker ? m_people.boardUser : m_people.directorUser;
    }
    if (type.hasPeriod) {
        const QDate from = decided ? m.decidedOn : m.proposedOn;
        if (MeasureRules::isPupilSuspension(type)) {
            m.startsOn = cal.nextSchoolDay(from);
            m.endsOn = cal.lastOfSchoolDays(m.startsOn, m_random.between(1, 3));
        } else {
            m.startsOn = from.addDays(1);
            m.endsOn = m.startsOn.addDays(m_random.between(0, 3));
        }
        // The director confirmed a suspension that runs over a holiday.
        m.periodConfirmed = MeasureRules::needsPeriodConfirmation(m, type, m_terms);
    }
    if (!MeasureRules::problem(m, type, m_terms, cal).isEmpty()
        || !MeasureRules::chainProblem(m, type, m_terms, cal, m_suspensions.value(personId)).isEmpty())
        return 0;
    // The written decision goes out on the day or shortly after; the objection term runs from it.
    if (decided) {
        const QString letter = DeadlinePlanner::decisionLetterRule(type, m);
        if (!letter.isEmpty())
            done.insert(letter, past(m.decidedOn.addDays(m_random.between(0, 2))));
    }
    const Measure planned = m;          // as decided: the status the planner reads
    // A few measures meet an objection within its term; those long enough ago were found unfounded.
    QDate received;
    if (decided && m_random.chance(0.05)) {
        const DeadlinePlanner::Term term = planner.objectionTerm(m, type, done);
        received = std::min(term.countedFrom.addDays(m_random.between(4, 30)), term.due);
        if (received <= m_today)
            m.status = received.addDays(28) < m_today ? MeasureStatus::BezwaarOngegrond : MeasureStatus::Bezwaar;
        else
            received = QDate();
    }
    MeasureRepository(m_db).insert(tx, m);
    ++summary.measures;
    if (MeasureRules::isPupilSuspension(type))
        m_suspensions[personId].append(m);
    QList<Action> actions = planner.forMeasure(planned, type, done);
    for (Action &a : actions)
        a.measureId = m.id;
    if (received.isValid()) {
        done.insert(QStringLiteral("removal_objection_term"), received);
        done.insert(QStringLiteral("staff_appeal_term"), received);
        const bool decidedObjection = m.status == MeasureStatus::BezwaarOngegrond;
        const QDate decisionOn = received.addDays(28);
        MeasureRepository(m_db).addObjection(tx, m.id, received, decidedObjection ? decisionOn : QDate(),
                                             decidedObjection ? QStringLiteral("ongegrond") : QString());
        actions += planner.forObjection(m, received);
        if (decidedObjection)
            done.insert(QStringLiteral("objection_decision_term"), decisionOn);
    }
    file(tx, actions, done, incident.status == IncidentStatus::Afgesloten, summary);
    return m.id;
}

void DemoMeasureWriter::writeIncidentActions(Transaction &tx, const Incident &incident, DemoDataGenerator::Summary &summary)
{
    const QDate reported = incident.reportedAt.toLocalTime().date();
    QList<Action> actions = DeadlinePlanner(m_terms, calendar(incident.schoolId)).forIncident(incident, reported);
    DeadlinePlanner::Done done;
    for (const Action &a : actions)
        if (a.dueOn.addDays(2) < m_today)
            done.insert(a.rule, a.dueOn.addDays(m_random.between(0, 2)));
    file(tx, actions, done, incident.status == IncidentStatus::Afgesloten, summary);
}

void DemoMeasureWriter::file(Transaction &tx, const QList<Action> &planned, const DeadlinePlanner::Done &done, bool closed,
                             DemoDataGenerator::Summary &summary)
{
    ActionRepository actions(m_db);
    for (Action a : planned) {
        const bool term = a.kind == ActionKind::Bezwaartermijn || a.kind == ActionKind::Reactietermijn
                          || a.kind == ActionKind::Beroepstermijn;
        // The police report is the board's authorised user's; the rest the director's.
        a.responsibleUserId = a.kind == ActionKind::Aangifte ? m_people.boardUser : m_people.directorUser;
        if (done.contains(a.rule) && done.value(a.rule) <= m_today) {
            a.status = ActionStatus::Gedaan;
            a.doneOn = done.value(a.rule);
            a.doneNote = term ? QStringLiteral("Bezwaar ontvangen.") : QStringLiteral("Gedaan.");
        } else if (term && a.dueOn < m_today) {
            a.status = ActionStatus::Gedaan;
            a.doneOn = a.dueOn;
            a.doneNote = QStringLiteral("Termijn verstreken zonder reactie.");
        } else if (!term && (a.dueOn < m_today.addDays(-14) || (closed && a.dueOn <= m_today))) {
            a.status = ActionStatus::Gedaan;
            a.doneOn = past(a.dueOn.addDays(m_random.between(0, 2)));
            a.doneNote = QStringLiteral("Afgehandeld.");
        }
        if (a.kind == ActionKind::Aangifte && a.status == ActionStatus::Gedaan)
            a.policeReference = QStringLiteral("PL0%1-%2").arg(m_random.between(100, 999)).arg(m_random.between(1000000, 9999999));
        actions.insert(tx, a);
        ++summary.actions;
    }
}
