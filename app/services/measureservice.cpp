#include "measureservice.h"

#include "permissions.h"

#include "../domain/deadlineplanner.h"
#include "../domain/measurerules.h"
#include "../storage/actionrepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/personrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "procedures.h"

#include <QLocale>

#include <optional>

MeasureService::MeasureService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

Escalation::Advice MeasureService::advise(qint64 incidentId, qint64 personId, qint64 measureId) const
{
    const auto incident = IncidentRepository(m_db).get(AccessScope::system(), incidentId);
    const auto person = PersonRepository(m_db).get(AccessScope::system(), personId);
    if (!incident || !person || !ladderFor(person->kind))
        return {};
    MeasureTypeRepository types(m_db);
    QList<Escalation::Earlier> earlier;
    for (const Measure &m : MeasureRepository(m_db).ofPerson(personId)) {
        // A measure imposed earlier in the same case counts as much as one in another case.
        if ((measureId != 0 && m.id == measureId) || !MeasureRules::counts(m.status))
            continue;
        if (const auto type = types.get(m.measureTypeId))
            earlier.append({ type->rank, m.decidedOn });
    }
    const QDate today = QDate::currentDate();
    const int months = Procedures(m_db).terms().lookbackMonths;
    Escalation::Advice advice = Escalation::advise(types.ladder(*ladderFor(person->kind)), earlier, incident->severity,
                                                   today, months);
    QStringList cases;
    for (const auto &[reference, reported] : IncidentRepository(m_db).asCauser(m_actor, personId, today.addMonths(-months)))
        if (reference != incident->reference)
            cases.append(QStringLiteral("%1 (%2)").arg(reference, QLocale().toString(reported, QStringLiteral("d MMMM yyyy"))));
    if (!cases.isEmpty())
        advice.reason += QLatin1Char(' ')
                         + tr("%1 was also the causer in %2; weigh that in.").arg(person->displayName(),
                                                                                  cases.join(QStringLiteral(", ")));
    return advice;
}

QStringList MeasureService::warnings(const Measure &measure) const
{
    const auto type = MeasureTypeRepository(m_db).get(measure.measureTypeId);
    const auto incident = IncidentRepository(m_db).get(AccessScope::system(), measure.incidentId);
    if (!type || !incident)
        return {};
    const Procedures procedures(m_db);
    const LegalTerms terms = procedures.terms();
    return MeasureRules::warnings(measure, *type, terms, procedures.calendar(incident->schoolId, terms));
}

QString MeasureService::periodSummary(const Measure &measure) const
{
    const auto type = MeasureTypeRepository(m_db).get(measure.measureTypeId);
    const auto incident = IncidentRepository(m_db).get(AccessScope::system(), measure.incidentId);
    return type && incident ? MeasureRules::periodSummary(measure, *type, Procedures(m_db).calendar(incident->schoolId))
                            : QString();
}

bool MeasureService::needsPeriodConfirmation(const Measure &measure) const
{
    const auto type = MeasureTypeRepository(m_db).get(measure.measureTypeId);
    return type && MeasureRules::needsPeriodConfirmation(measure, *type, Procedures(m_db).terms());
}

QString MeasureService::problem(const Measure &measure) const
{
    try {
        check(measure);
    } catch (const StorageError &error) {
        return error.message();
    }
    return QString();
}

bool MeasureService::decides(const Measure &measure) const
{
    if (measure.status != MeasureStatus::Opgelegd)
        return false;
    const auto stored = measure.id > 0 ? MeasureRepository(m_db).get(AccessScope::system(), measure.id) : std::nullopt;
    return !stored || stored->status == MeasureStatus::Voornemen;
}

QStringList MeasureService::openSteps(const Measure &measure) const
{
    const auto type = MeasureTypeRepository(m_db).get(measure.measureTypeId);
    if (!type || !decides(measure))
        return {};
    const QList<Action> filed = measure.id > 0 ? ActionRepository(m_db).ofMeasure(measure.id) : QList<Action>();
    return MeasureRules::openSteps(measure, *type, filed);
}

std::optional<DeadlinePlanner::Term> MeasureService::objectionTerm(const Measure &measure, QString *source) const
{
    const auto type = MeasureTypeRepository(m_db).get(measure.measureTypeId);
    const auto incident = IncidentRepository(m_db).get(AccessScope::system(), measure.incidentId);
    if (!type || !incident || !measure.decidedOn.isValid())
        return std::nullopt;
    Procedures procedures(m_db);
    return procedures.planner(incident->schoolId).objectionTerm(measure, *type, procedures.doneSteps(measure.id), source);
}

void MeasureService::check(const Measure &m) const
{
    const auto incident = IncidentRepository(m_db).get(m_actor, m.incidentId);
    if (!incident)
        throw StorageError(StorageError::Kind::NotFound, tr("The incident of this measure is not available."));
    const auto person = PersonRepository(m_db).get(AccessScope::system(), m.personId);
    bool involved = false;
    for (const Involvement &v : incident->involvements)
        involved = involved || v.personId == m.personId;
    if (!person || !involved)
        throw StorageError(StorageError::Kind::Invalid, tr("A measure is for someone involved in the incident."));
    const auto type = MeasureTypeRepository(m_db).get(m.measureTypeId);
    const auto ladder = ladderFor(person->kind);
    if (!type || !ladder || type->ladder != *ladder)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Choose a measure from the ladder for %1.").arg(person->displayName()));
    Procedures procedures(m_db);
    const LegalTerms terms = procedures.terms();
    const SchoolCalendar calendar = procedures.calendar(incident->schoolId, terms);
    QString problem = MeasureRules::problem(m, *type, terms, calendar);
    if (problem.isEmpty() && MeasureRules::isPupilSuspension(*type)) {
        // Suspensions of the same pupil that stand, in any case, count together when they join.
        MeasureTypeRepository types(m_db);
        QList<Measure> others;
        for (const Measure &other : MeasureRepository(m_db).ofPerson(m.personId)) {
            const auto otherType = types.get(other.measureTypeId);
            if (other.id != m.id && otherType && MeasureRules::isPupilSuspension(*otherType)
                && other.status != MeasureStatus::Ingetrokken && other.status != MeasureStatus::BezwaarGegrond)
                others.append(other);
        }
        problem = MeasureRules::chainProblem(m, *type, terms, calendar, others);
    }
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    const Escalation::Advice advice = advise(m.incidentId, m.personId, m.id);
    if (Escalation::needsMotivation(advice, *type) && m.escalationMotivation.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is heavier than the advised %2: write down why (the motivation is kept with the "
                              "measure).").arg(type->name, advice.type.name));
    const QStringList steps = openSteps(m);
    if (!steps.isEmpty() && m.stepMotivation.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("This decision comes before a required step: %1. Write down why it cannot wait (the "
                              "motivation is kept with the measure and shown in the case summary).")
                               .arg(steps.join(QStringLiteral("; "))));
}

void MeasureService::write(Measure &m, bool isNew)
{
    // Who may, and in a case they see; deciding is a step of its own.
    Permissions::require(m_db, m_actor, Permission::ProposeMeasures, QStringLiteral("measures"), m.id);
    const bool decided = m.decidedOn.isValid() || m.status != MeasureStatus::Voornemen;
    if (decided)
        Permissions::require(m_db, m_actor, Permission::DecideMeasures, QStringLiteral("measures"), m.id);
    IncidentRepository(m_db).require(m_actor, m.incidentId);
    if (!isNew)
        MeasureRepository(m_db).require(m_actor, m.id);
    check(m);
    const bool deciding = decides(m);
    const bool skipsSteps = !openSteps(m).isEmpty();
    Measure written = m;
    written.stepMotivation = m.stepMotivation.trimmed();
    if (isNew) {
        written.advisedMeasureTypeId = advise(m.incidentId, m.personId, m.id).type.id;
        written.proposedByUserId = m_actor.userId();
    }
    if (written.decidedOn.isValid() && written.decidedByUserId == 0)
        written.decidedByUserId = m_actor.userId();
    const auto incident = IncidentRepository(m_db).get(m_actor, m.incidentId);
    const auto type = MeasureTypeRepository(m_db).get(m.measureTypeId);
    Procedures procedures(m_db);
    Transaction tx(m_db, m_actor);
    MeasureRepository measures(m_db);
    if (isNew)
        measures.insert(tx, written);
    else
        measures.update(tx, written);
    ActionRepository actions(m_db);
    if (written.status == MeasureStatus::Ingetrokken || written.status == MeasureStatus::BezwaarGegrond) {
        // What the measure set in motion is no longer needed.
        for (Action a : actions.openOfMeasure(written.id)) {
            a.status = ActionStatus::NietNodig;
            a.notNeededReason = written.status == MeasureStatus::Ingetrokken ? tr("The measure was withdrawn.")
                                                                              : tr("The objection was upheld.");
            actions.update(tx, a);
        }
    } else {
        const DeadlinePlanner planner = procedures.planner(incident->schoolId);
        procedures.fileMissing(tx, planner.forMeasure(written, *type, procedures.doneSteps(written.id)));
        closeSteps(tx, written, deciding && skipsSteps);
    }
    // A decided measure moves the case to `maatregel` when it was still being handled.
    if (written.status == MeasureStatus::Opgelegd && incident->status == IncidentStatus::InBehandeling) {
        Incident moved = *incident;
        moved.status = IncidentStatus::Maatregel;
        IncidentRepository(m_db).update(tx, moved);
    }
    tx.commit();
    m = written;
}

void MeasureService::closeSteps(Transaction &tx, const Measure &m, bool skipped)
{
    ActionRepository actions(m_db);
    for (Action a : actions.openOfMeasure(m.id)) {
        if (m.hearingHeld && m.hearingOn.isValid() && m.hearingOn <= QDate::currentDate() && MeasureRules::ownHearingRules().contains(a.rule)
            && (!m.decidedOn.isValid() || m.hearingOn <= m.decidedOn)) {
            // The hearing recorded with the measure is the step's completion.
            a.status = ActionStatus::Gedaan;
            a.doneOn = m.hearingOn;
            a.doneNote = tr("Hearing held (recorded with the measure).");
        } else if (skipped && MeasureRules::stepRules().contains(a.rule)) {
            a.status = ActionStatus::NietNodig;
            a.notNeededReason = tr("Decided before this step was done: %1").arg(m.stepMotivation);
        } else {
            continue;
        }
        actions.update(tx, a);
    }
}

void MeasureService::propose(Measure &measure)
{
    if (measure.proposedOn.isNull())
        measure.proposedOn = QDate::currentDate();
    write(measure, true);
}

void MeasureService::save(Measure &measure)
{
    write(measure, false);
}

Objection MeasureService::addObjection(Measure &measure, const QDate &receivedOn, const QString &notes,
                                       const QString &lateReason)
{
    Permissions::require(m_db, m_actor, Permission::DecideMeasures, QStringLiteral("measures"), measure.id);
    MeasureRepository(m_db).require(m_actor, measure.id);
    if (!MeasureRules::nextStatuses(measure.status).contains(MeasureStatus::Bezwaar))
        throw StorageError(StorageError::Kind::Invalid, tr("An objection is possible against an imposed measure only."));
    if (!receivedOn.isValid() || (measure.decidedOn.isValid() && receivedOn < measure.decidedOn))
        throw StorageError(StorageError::Kind::Invalid, tr("The objection cannot have been received before the decision."));
    if (receivedOn > QDate::currentDate())
        throw StorageError(StorageError::Kind::Invalid, tr("The objection cannot have been received after today."));
    QString source;
    const auto term = objectionTerm(measure, &source);
    const bool late = term && receivedOn > term->due;
    if (late && lateReason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The objection was received on %1, after its term ended on %2 (it ran from %3, %4). "
                              "Handle it anyway only with a reason, which is kept with the objection.")
                               .arg(receivedOn.toString(QStringLiteral("dd-MM-yyyy")),
                                    term->due.toString(QStringLiteral("dd-MM-yyyy")),
                                    term->countedFrom.toString(QStringLiteral("dd-MM-yyyy")), source));
    const auto incident = IncidentRepository(m_db).get(m_actor, measure.incidentId);
    if (!incident)
        throw StorageError(StorageError::Kind::NotFound, tr("The incident of this measure is not available."));
    Procedures procedures(m_db);
    Measure moved = measure;
    moved.status = MeasureStatus::Bezwaar;
    Objection objection;
    objection.measureId = measure.id;
    objection.receivedOn = receivedOn;
    objection.notes = notes.trimmed();
    objection.lateReason = late ? lateReason.trimmed() : QString();
    Transaction tx(m_db, m_actor);
    MeasureRepository measures(m_db);
    objection.id = measures.addObjection(tx, measure.id, receivedOn, QDate(), QString());
    objection.version = 1;
    if (!objection.notes.isEmpty() || !objection.lateReason.isEmpty())
        measures.updateObjection(tx, objection);
    measures.update(tx, moved);
    // The term for the objection has done its work.
    ActionRepository actions(m_db);
    for (Action a : actions.openOfMeasure(measure.id)) {
        if (a.rule != QLatin1String("removal_objection_term") && a.rule != QLatin1String("staff_appeal_term"))
            continue;
        a.status = ActionStatus::Gedaan;
        a.doneOn = receivedOn;
        a.doneNote = late ? tr("Objection received after the term; handled anyway.") : tr("Objection received.");
        actions.update(tx, a);
    }
    const DeadlinePlanner planner = procedures.planner(incident->schoolId);
    procedures.fileMissing(tx, planner.forObjection(moved, receivedOn));
    tx.commit();
    measure = moved;
    return objection;
}

void MeasureService::decideObjection(Measure &measure, Objection &objection, const QDate &decisionOn, bool upheld)
{
    Permissions::require(m_db, m_actor, Permission::DecideMeasures, QStringLiteral("measures"), measure.id);
    MeasureRepository(m_db).require(m_actor, measure.id);
    if (measure.status != MeasureStatus::Bezwaar)
        throw StorageError(StorageError::Kind::Invalid, tr("This measure has no objection waiting for a decision."));
    if (objection.hearingOn.isValid() && objection.hearingOn < objection.receivedOn)
        throw StorageError(StorageError::Kind::Invalid, tr("The hearing cannot come before the objection was received."));
    if (!decisionOn.isValid() || decisionOn < objection.receivedOn)
        throw StorageError(StorageError::Kind::Invalid, tr("The decision cannot come before the objection was received."));
    Objection decided = objection;
    decided.decisionOn = decisionOn;
    decided.outcome = upheld ? QStringLiteral("gegrond") : QStringLiteral("ongegrond");
    Measure moved = measure;
    moved.status = upheld ? MeasureStatus::BezwaarGegrond : MeasureStatus::BezwaarOngegrond;
    ActionRepository actions(m_db);
    Transaction tx(m_db, m_actor);
    MeasureRepository(m_db).updateObjection(tx, decided);
    MeasureRepository(m_db).update(tx, moved);
    for (Action a : actions.openOfMeasure(measure.id)) {
        // The decision term is met by the decision; an upheld objection ends the rest.
        if (a.rule == QLatin1String("objection_decision_term")) {
            a.status = ActionStatus::Gedaan;
            a.doneOn = decisionOn;
            a.doneNote = upheld ? tr("Objection upheld.") : tr("Objection dismissed.");
        } else if (upheld) {
            a.status = ActionStatus::NietNodig;
            a.notNeededReason = tr("The objection was upheld.");
        } else {
            continue;
        }
        actions.update(tx, a);
    }
    tx.commit();
    measure = moved;
    objection = decided;
}
