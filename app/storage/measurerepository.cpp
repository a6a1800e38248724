#include "measurerepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

MeasureRepository::MeasureRepository(Database &db) : m_db(db)
{
}

qint64 MeasureRepository::addObjection(Transaction &tx, qint64 measureId, const QDate &receivedOn,
                                      const QDate &decisionOn, const QString &outcome)
{
    return tx.insert(QStringLiteral("objections"), { { "measure_id", measureId },
                                                    { "received_on", SqlValues::date(receivedOn) },
                                                    { "decision_on", SqlValues::date(decisionOn) },
                                                    { "outcome", SqlValues::text(outcome) } });
}

void MeasureRepository::insert(Transaction &tx, Measure &m)
{
    m.createdAt = SqlValues::now();
    m.id = tx.insert(QStringLiteral("measures"),
                     { { "incident_id", m.incidentId },
                       { "person_id", m.personId },
                       { "measure_type_id", m.measureTypeId },
                       { "status", toCode(m.status) },
                       { "proposed_on", SqlValues::date(m.proposedOn) },
                       { "proposed_by_user_id", SqlValues::id(m.proposedByUserId) },
                       { "decided_on", SqlValues::date(m.decidedOn) },
                       { "decided_by_user_id", SqlValues::id(m.decidedByUserId) },
                       { "starts_on", SqlValues::date(m.startsOn) },
                       { "ends_on", SqlValues::date(m.endsOn) },
                       { "facts_known_on", SqlValues::date(m.factsKnownOn) },
                       { "is_order_measure", SqlValues::flag(m.isOrderMeasure) },
                       { "motivation", SqlValues::text(m.motivation) },
                       { "advised_measure_type_id", SqlValues::id(m.advisedMeasureTypeId) },
                       { "escalation_motivation", SqlValues::text(m.escalationMotivation) },
                       { "hearing_held", SqlValues::flag(m.hearingHeld) },
                       { "hearing_on", SqlValues::date(m.hearingOn) },
                       { "hearing_by", SqlValues::text(m.hearingBy) },
                       { "created_at", SqlValues::moment(m.createdAt) } });
    m.version = 1;
}
