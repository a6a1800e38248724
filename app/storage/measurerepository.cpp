#include "measurerepository.h"

#include "../domain/accessscope.h"
#include "accessdenial.h"
#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

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

namespace {

QVariantMap toRow(const Measure &m)
{
    return { { "measure_type_id", m.measureTypeId },
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
             { "step_motivation", SqlValues::text(m.stepMotivation) },
             { "period_confirmed", SqlValues::flag(m.periodConfirmed) },
             { "hearing_held", SqlValues::flag(m.hearingHeld) },
             { "hearing_on", SqlValues::date(m.hearingOn) },
             { "hearing_by", SqlValues::text(m.hearingBy) } };
}

Measure fromRecord(const QSqlRecord &r)
{
    Measure m;
    m.id = r.value("id").toLongLong();
    m.version = r.value("version").toLongLong();
    m.incidentId = r.value("incident_id").toLongLong();
    m.personId = r.value("person_id").toLongLong();
    m.measureTypeId = r.value("measure_type_id").toLongLong();
    m.status = fromCode<MeasureStatus>(r.value("status").toString()).value_or(MeasureStatus::Voornemen);
    m.proposedOn = SqlValues::toDate(r.value("proposed_on"));
    m.proposedByUserId = r.value("proposed_by_user_id").toLongLong();
    m.decidedOn = SqlValues::toDate(r.value("decided_on"));
    m.decidedByUserId = r.value("decided_by_user_id").toLongLong();
    m.startsOn = SqlValues::toDate(r.value("starts_on"));
    m.endsOn = SqlValues::toDate(r.value("ends_on"));
    m.factsKnownOn = SqlValues::toDate(r.value("facts_known_on"));
    m.isOrderMeasure = r.value("is_order_measure").toLongLong() != 0;
    m.motivation = r.value("motivation").toString();
    m.advisedMeasureTypeId = r.value("advised_measure_type_id").toLongLong();
    m.escalationMotivation = r.value("escalation_motivation").toString();
    m.stepMotivation = r.value("step_motivation").toString();
    m.periodConfirmed = r.value("period_confirmed").toLongLong() != 0;
    m.hearingHeld = r.value("hearing_held").toLongLong() != 0;
    m.hearingOn = SqlValues::toDate(r.value("hearing_on"));
    m.hearingBy = r.value("hearing_by").toString();
    m.createdAt = SqlValues::toMoment(r.value("created_at"));
    return m;
}

Objection objectionFrom(const QSqlQuery &q)
{
    Objection o;
    o.id = q.value(0).toLongLong();
    o.version = q.value(1).toLongLong();
    o.measureId = q.value(2).toLongLong();
    o.receivedOn = SqlValues::toDate(q.value(3));
    o.hearingOn = SqlValues::toDate(q.value(4));
    o.decisionOn = SqlValues::toDate(q.value(5));
    o.outcome = q.value(6).toString();
    o.notes = q.value(7).toString();
    o.lateReason = q.value(8).toString();
    return o;
}

} // namespace

void MeasureRepository::update(Transaction &tx, Measure &m)
{
    m.version = tx.update(QStringLiteral("measures"), m.id, m.version, toRow(m));
}

std::optional<Measure> MeasureRepository::get(const AccessScope &scope, qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT m.* FROM measures m JOIN incidents i ON i.id = m.incident_id WHERE m.id = ? AND ")
                                   + AccessFilter::incidents(scope, QStringLiteral("i")));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

QList<Measure> MeasureRepository::ofIncident(const AccessScope &scope, qint64 incidentId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT m.* FROM measures m JOIN incidents i ON i.id = m.incident_id WHERE m.incident_id = ? AND %1 "
        "ORDER BY m.proposed_on, m.id").arg(AccessFilter::incidents(scope, QStringLiteral("i"))));
    query.addBindValue(incidentId);
    SqlValues::exec(query);
    QList<Measure> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

QList<Measure> MeasureRepository::ofPerson(qint64 personId) const
{
    // All of them, whoever asks: the escalation advice must see the whole history.
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM measures WHERE person_id = ? ORDER BY proposed_on, id"));
    query.addBindValue(personId);
    SqlValues::exec(query);
    QList<Measure> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

QList<Objection> MeasureRepository::objections(qint64 measureId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, measure_id, received_on, hearing_on, decision_on, outcome, notes, late_reason FROM objections "
        "WHERE measure_id = ? ORDER BY received_on, id"));
    query.addBindValue(measureId);
    SqlValues::exec(query);
    QList<Objection> result;
    while (query.next())
        result.append(objectionFrom(query));
    return result;
}

void MeasureRepository::updateObjection(Transaction &tx, Objection &o)
{
    o.version = tx.update(QStringLiteral("objections"), o.id, o.version,
                          { { "received_on", SqlValues::date(o.receivedOn) },
                            { "hearing_on", SqlValues::date(o.hearingOn) },
                            { "decision_on", SqlValues::date(o.decisionOn) },
                            { "outcome", SqlValues::text(o.outcome) },
                            { "notes", SqlValues::text(o.notes) },
                            { "late_reason", SqlValues::text(o.lateReason) } });
}

void MeasureRepository::insert(Transaction &tx, Measure &m)
{
    m.createdAt = SqlValues::now();
    QVariantMap row = toRow(m);
    row.insert(QStringLiteral("incident_id"), m.incidentId);
    row.insert(QStringLiteral("person_id"), m.personId);
    row.insert(QStringLiteral("created_at"), SqlValues::moment(m.createdAt));
    m.id = tx.insert(QStringLiteral("measures"), row);
    m.version = 1;
}

Measure MeasureRepository::require(const AccessScope &scope, qint64 id) const
{
    if (auto found = get(scope, id))
        return *found;
    AccessDenial::raise(m_db, scope, QStringLiteral("measures"), id);
}
