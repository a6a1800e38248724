#include "actionrepository.h"

#include "../domain/accessscope.h"
#include "accessfilter.h"
#include "database.h"
#include "personrepository.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

namespace {

Action fromRecord(const QSqlRecord &r)
{
    Action a;
    a.id = r.value("id").toLongLong();
    a.version = r.value("version").toLongLong();
    a.incidentId = r.value("incident_id").toLongLong();
    a.measureId = r.value("measure_id").toLongLong();
    a.personId = r.value("person_id").toLongLong();
    a.kind = fromCode<ActionKind>(r.value("kind").toString()).value_or(ActionKind::Overig);
    a.title = r.value("title").toString();
    a.dueOn = SqlValues::toDate(r.value("due_on"));
    a.countedFrom = SqlValues::toDate(r.value("counted_from"));
    a.unextendedDue = SqlValues::toDate(r.value("unextended_due_on"));
    a.responsibleUserId = r.value("responsible_user_id").toLongLong();
    a.status = fromCode<ActionStatus>(r.value("status").toString()).value_or(ActionStatus::Open);
    a.doneOn = SqlValues::toDate(r.value("done_on"));
    a.doneNote = r.value("done_note").toString();
    a.notNeededReason = r.value("not_needed_reason").toString();
    a.policeReference = r.value("police_reference").toString();
    a.rule = r.value("rule").toString();
    a.legalSource = r.value("legal_source").toString();
    a.createdAt = SqlValues::toMoment(r.value("created_at"));
    return a;
}

// Actions the scope may see: those of visible incidents, and those of a person only (no
// incident) when the person is visible.
QString visible(const AccessScope &scope)
{
    return QStringLiteral("((i.id IS NOT NULL AND %1) OR (a.incident_id IS NULL AND p.id IS NOT NULL AND %2))")
        .arg(AccessFilter::incidents(scope, QStringLiteral("i")), AccessFilter::personRecords(scope, QStringLiteral("p")));
}

const char *const joins = " FROM actions a LEFT JOIN incidents i ON i.id = a.incident_id LEFT JOIN persons p ON p.id = a.person_id ";

} // namespace

ActionRepository::ActionRepository(Database &db) : m_db(db)
{
}

void ActionRepository::insert(Transaction &tx, Action &a)
{
    a.createdAt = SqlValues::now();
    a.id = tx.insert(QStringLiteral("actions"),
                     { { "incident_id", SqlValues::id(a.incidentId) },
                       { "measure_id", SqlValues::id(a.measureId) },
                       { "person_id", SqlValues::id(a.personId) },
                       { "kind", toCode(a.kind) },
                       { "title", a.title },
                       { "due_on", SqlValues::date(a.dueOn) },
                       { "counted_from", SqlValues::date(a.countedFrom) },
                       { "unextended_due_on", SqlValues::date(a.unextendedDue) },
                       { "responsible_user_id", SqlValues::id(a.responsibleUserId) },
                       { "status", toCode(a.status) },
                       { "done_on", SqlValues::date(a.doneOn) },
                       { "done_note", SqlValues::text(a.doneNote) },
                       { "not_needed_reason", SqlValues::text(a.notNeededReason) },
                       { "police_reference", SqlValues::text(a.policeReference) },
                       { "rule", SqlValues::text(a.rule) },
                       { "legal_source", SqlValues::text(a.legalSource) },
                       { "created_at", SqlValues::moment(a.createdAt) } });
    a.version = 1;
}

void ActionRepository::update(Transaction &tx, Action &a)
{
    a.version = tx.update(QStringLiteral("actions"), a.id, a.version,
                          { { "kind", toCode(a.kind) },
                            { "title", a.title },
                            { "due_on", SqlValues::date(a.dueOn) },
                            { "counted_from", SqlValues::date(a.countedFrom) },
                            { "unextended_due_on", SqlValues::date(a.unextendedDue) },
                            { "responsible_user_id", SqlValues::id(a.responsibleUserId) },
                            { "status", toCode(a.status) },
                            { "done_on", SqlValues::date(a.doneOn) },
                            { "done_note", SqlValues::text(a.doneNote) },
                            { "not_needed_reason", SqlValues::text(a.notNeededReason) },
                            { "police_reference", SqlValues::text(a.policeReference) } });
}

std::optional<Action> ActionRepository::get(const AccessScope &scope, qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT a.*") + QLatin1String(joins)
                                   + QStringLiteral("WHERE a.id = ? AND ") + visible(scope));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

QList<Action> ActionRepository::ofIncident(const AccessScope &scope, qint64 incidentId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT a.*") + QLatin1String(joins)
                                   + QStringLiteral("WHERE a.incident_id = ? AND %1 ORDER BY CASE WHEN a.due_on IS NULL THEN 1 ELSE 0 END, a.due_on, a.id")
                                         .arg(visible(scope)));
    query.addBindValue(incidentId);
    SqlValues::exec(query);
    QList<Action> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

QStringList ActionRepository::rulesFiled(qint64 incidentId, qint64 measureId) const
{
    QSqlQuery query = m_db.prepare(measureId > 0
                                       ? QStringLiteral("SELECT rule FROM actions WHERE measure_id = ? AND rule IS NOT NULL")
                                       : QStringLiteral("SELECT rule FROM actions WHERE incident_id = ? AND measure_id IS NULL "
                                                        "AND rule IS NOT NULL"));
    query.addBindValue(measureId > 0 ? measureId : incidentId);
    SqlValues::exec(query);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList ActionRepository::rulesFiledForPerson(qint64 personId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT rule FROM actions WHERE person_id = ? AND incident_id IS NULL AND rule IS NOT NULL"));
    query.addBindValue(personId);
    SqlValues::exec(query);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QList<Action> ActionRepository::ofMeasure(qint64 measureId) const
{
    return measureActions(measureId, false);
}

QList<Action> ActionRepository::openOfMeasure(qint64 measureId) const
{
    return measureActions(measureId, true);
}

QList<Action> ActionRepository::measureActions(qint64 measureId, bool openOnly) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM actions WHERE measure_id = ? %1 ORDER BY id")
                                       .arg(openOnly ? QStringLiteral("AND status = 'open'") : QString()));
    query.addBindValue(measureId);
    SqlValues::exec(query);
    QList<Action> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

QList<Action> ActionRepository::deadlines(const AccessScope &scope, const DeadlineFilter &filter) const
{
    QList<Action> result;
    for (const Listed &listed : deadlinesWithNames(scope, filter))
        result.append(listed.action);
    return result;
}

QString ActionRepository::deadlineWhere(const AccessScope &scope, const DeadlineFilter &filter, QVariantList &values,
                                        bool joined)
{
    QString sql = QLatin1String(joins) + QStringLiteral("WHERE a.status = 'open' AND a.due_on IS NOT NULL AND ") + visible(scope);
    if (!joined && filter.schoolId == 0 && AccessFilter::seesEverything(scope)) {
        // Nothing to read from the incident or the person: every action belongs to one of them
        // (the foreign keys see to that), and the open-deadline index answers on its own.
        sql = QStringLiteral(" FROM actions a WHERE a.status = 'open' AND a.due_on IS NOT NULL "
                             "AND (a.incident_id IS NOT NULL OR a.person_id IS NOT NULL)");
    }
    if (filter.schoolId > 0) {
        sql += QStringLiteral(" AND coalesce(i.school_id, p.school_id) = ?");
        values.append(filter.schoolId);
    }
    if (filter.personId > 0) {
        sql += QStringLiteral(" AND (a.person_id = ? OR a.incident_id IN (SELECT incident_id FROM involvements WHERE person_id = ?))");
        values << filter.personId << filter.personId;
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND a.kind = ?");
        values.append(toCode(*filter.kind));
    }
    if (filter.responsibleUserId > 0) {
        sql += QStringLiteral(" AND a.responsible_user_id = ?");
        values.append(filter.responsibleUserId);
    }
    if (filter.dueBefore.isValid()) {
        sql += QStringLiteral(" AND a.due_on <= ?");
        values.append(SqlValues::date(filter.dueBefore));
    }
    return sql;
}

QList<ActionRepository::Listed> ActionRepository::deadlinesWithNames(const AccessScope &scope, const DeadlineFilter &filter,
                                                                     int limit) const
{
    const QString seesIncident = QStringLiteral("i.id IS NOT NULL AND ") + AccessFilter::incidents(scope, QStringLiteral("i"));
    const QString seesPerson = QStringLiteral("p.id IS NOT NULL AND ") + AccessFilter::persons(scope, QStringLiteral("p"));
    QVariantList values;
    QString sql = QStringLiteral("SELECT a.*, CASE WHEN %1 THEN i.reference END AS listed_reference, "
                                 "CASE WHEN %1 THEN i.school_id WHEN %2 THEN p.school_id END AS listed_school, "
                                 "CASE WHEN %2 THEN p.surname END AS listed_surname, "
                                 "CASE WHEN %2 THEN p.tussenvoegsel END AS listed_tussenvoegsel, "
                                 "CASE WHEN %2 THEN p.given_names END AS listed_given_names, "
                                 "CASE WHEN %2 THEN p.roepnaam END AS listed_roepnaam")
                      .arg(seesIncident, seesPerson)
                  + deadlineWhere(scope, filter, values, true);
    sql += QStringLiteral(" ORDER BY a.due_on, a.id");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    SqlValues::exec(query);
    QList<Listed> result;
    while (query.next()) {
        const QSqlRecord r = query.record();
        result.append({ fromRecord(r), r.value("listed_reference").toString(),
                        PersonRepository::sortNameFrom(r, QStringLiteral("listed_")), r.value("listed_school").toLongLong() });
    }
    return result;
}

ActionRepository::DeadlineCounts ActionRepository::countDeadlines(const AccessScope &scope, const DeadlineFilter &filter,
                                                                   const QDate &today) const
{
    // The same days as Urgency::of: before today is overdue, up to and including Sunday this week.
    QVariantList values{ SqlValues::date(today), SqlValues::date(today.addDays(7 - today.dayOfWeek())) };
    const QString sql = QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN a.due_on < ? THEN 1 ELSE 0 END), 0), "
                                       "coalesce(sum(CASE WHEN a.due_on > ? THEN 1 ELSE 0 END), 0)")
                        + deadlineWhere(scope, filter, values, false);
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    SqlValues::exec(query);
    DeadlineCounts counts;
    if (query.next()) {
        counts.total = query.value(0).toInt();
        counts.overdue = query.value(1).toInt();
        counts.thisWeek = counts.total - counts.overdue - query.value(2).toInt();     // the rest is later
    }
    return counts;
}
