#include "incidentfinder.h"

#include "../domain/textfolding.h"
#include "accessfilter.h"
#include "database.h"
#include "searchindex.h"
#include "sqlvalues.h"

#include <QSqlRecord>

IncidentFinder::IncidentFinder(Database &db) : m_db(db)
{
}

IncidentFinder::Where IncidentFinder::whereOf(const AccessScope &scope, const IncidentFilter &filter, bool forPage) const
{
    Where where{ AccessFilter::incidents(scope, QStringLiteral("i")), {} };
    const auto add = [&where](const QString &condition, const QVariant &value) {
        where.sql += QStringLiteral(" AND ") + condition;
        where.values.append(value);
    };
    if (filter.status)
        add(QStringLiteral("i.status = ?"), toCode(*filter.status));
    if (filter.openOnly)
        where.sql += QStringLiteral(" AND i.status NOT IN ('afgesloten', 'geen_actie')");
    if (filter.schoolId > 0)
        add(QStringLiteral("i.school_id = ?"), filter.schoolId);
    // Moments are stored in UTC; a day filter means the local day.
    if (filter.from.isValid())
        add(QStringLiteral("i.reported_at >= ?"), SqlValues::moment(filter.from.startOfDay()));
    if (filter.to.isValid())
        add(QStringLiteral("i.reported_at < ?"), SqlValues::moment(filter.to.addDays(1).startOfDay()));
    if (filter.platform)
        add(QStringLiteral("i.platform = ?"), toCode(*filter.platform));
    if (filter.severity)
        add(QStringLiteral("i.severity = ?"), toCode(*filter.severity));
    if (!filter.articleCode.isEmpty())
        add(QStringLiteral("i.id IN (SELECT ia.incident_id FROM incident_articles ia "
                           "JOIN protocol_articles a ON a.id = ia.article_id WHERE upper(a.code) = upper(?))"),
            filter.articleCode.trimmed());
    if (filter.personId > 0)
        add(QStringLiteral("i.id IN (SELECT incident_id FROM involvements WHERE person_id = ?)"), filter.personId);
    // Every word must be found in the incident itself, in one of its notes, or in the name of
    // someone involved; the words may be found in different places. For a page, SQLite would
    // look up every matching incident by id and sort them all; "+i.id" keeps it to walking the
    // order's index and testing each row against the matches, which stops at the page's end
    // (a common word: 24,855 matches, 4× faster). A count reads every match either way.
    const QString id = forPage && m_db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("+i.id") : QStringLiteral("i.id");
    SearchIndex index(m_db);
    for (const QString &word : TextFolding::words(filter.search)) {
        const QString match = index.matchExpression(word);
        where.sql += QStringLiteral(" AND (%4 IN (%1) OR %4 IN (SELECT n.incident_id FROM incident_notes n WHERE n.id IN (%2)) "
                                    "OR %4 IN (SELECT v.incident_id FROM involvements v WHERE v.person_id IN (%3)))")
                         .arg(index.matchingIdsSql(QStringLiteral("incidents")),
                              index.matchingIdsSql(QStringLiteral("incident_notes")),
                              index.matchingIdsSql(QStringLiteral("persons")), id);
        where.values << match << match << match;
    }
    return where;
}

namespace {

// The sort key of each order: over the incident's columns, or the same expression over bound
// values for the row a page continues after. Ties go by the moment of reporting and the id, in
// the same direction, so that one index per order serves both directions.
QStringList sortKey(IncidentFilter::Sort sort, bool bound)
{
    const auto column = [bound](const char *name) {
        return bound ? QStringLiteral("?") : QStringLiteral("i.") + QLatin1String(name);
    };
    switch (sort) {
    case IncidentFilter::Sort::Reference: return { column("reference") };
    case IncidentFilter::Sort::ReportedAt: return {};
    case IncidentFilter::Sort::OccurredAt: return { column("occurred_at") };
    case IncidentFilter::Sort::School:
        return { bound ? QStringLiteral("lower((SELECT name FROM schools WHERE id = ?))") : QStringLiteral("lower(s.name)"),
                 bound ? QStringLiteral("?") : QStringLiteral("s.id") };
    case IncidentFilter::Sort::Title: return { QStringLiteral("lower(%1)").arg(column("title")) };
    case IncidentFilter::Sort::Platform: return { column("platform") };
    case IncidentFilter::Sort::Severity:
        return { QStringLiteral("CASE %1 WHEN 'licht' THEN 1 WHEN 'ernstig' THEN 2 ELSE 3 END").arg(column("severity")) };
    case IncidentFilter::Sort::Status:
        return { QStringLiteral("CASE %1 WHEN 'gemeld' THEN 1 WHEN 'in_behandeling' THEN 2 WHEN 'maatregel' THEN 3 "
                                "WHEN 'afgesloten' THEN 4 ELSE 5 END").arg(column("status")) };
    }
    return {};
}

// The values `sortKey(sort, true)` binds for the row `after`.
QVariantList sortValues(IncidentFilter::Sort sort, const Incident &after)
{
    switch (sort) {
    case IncidentFilter::Sort::Reference: return { after.reference };
    case IncidentFilter::Sort::ReportedAt: return {};
    case IncidentFilter::Sort::OccurredAt: return { SqlValues::moment(after.occurredAt) };
    case IncidentFilter::Sort::School: return { after.schoolId, after.schoolId };
    case IncidentFilter::Sort::Title: return { after.title };
    case IncidentFilter::Sort::Platform: return { toCode(after.platform) };
    case IncidentFilter::Sort::Severity: return { toCode(after.severity) };
    case IncidentFilter::Sort::Status: return { toCode(after.status) };
    }
    return {};
}

} // namespace

QList<Incident> IncidentFinder::list(const AccessScope &scope, const IncidentFilter &filter, int limit, const Incident *after) const
{
    Where where = whereOf(scope, filter, true);
    const bool bySchool = filter.sort == IncidentFilter::Sort::School;
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString later = filter.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString key = sortKey(filter.sort, false).join(QStringLiteral(", "));
    if (after) {
        // Keyset paging: the next page starts after the last row shown, found through the
        // index, however far down the list that is (an offset would read every row before it).
        const QString value = sortKey(filter.sort, true).join(QStringLiteral(", "));
        const QVariantList values = sortValues(filter.sort, *after);
        const QVariantList ties{ SqlValues::moment(after->reportedAt), after->id };
        if (key.isEmpty()) {
            where.sql += QStringLiteral(" AND (i.reported_at, i.id) %1 (?, ?)").arg(later);
        } else if (bySchool) {
            // The schools before the one of that row are passed over without reading their incidents.
            where.sql += QStringLiteral(" AND (%1) %2= (%3) AND ((%1) %2 (%3) OR (i.reported_at, i.id) %2 (?, ?))")
                             .arg(key, later, value);
            where.values << values;
        } else {
            where.sql += QStringLiteral(" AND (%1, i.reported_at, i.id) %2 (%3, ?, ?)").arg(key, later, value);
        }
        where.values << values << ties;
    }
    QStringList order = sortKey(filter.sort, false);
    order << QStringLiteral("i.reported_at") << QStringLiteral("i.id");
    // By school, the schools are read in name order and each one's incidents from its index;
    // CROSS JOIN keeps SQLite to that order of the loops.
    const QString from = bySchool ? QStringLiteral("schools s CROSS JOIN incidents i WHERE s.id = i.school_id AND")
                                  : QStringLiteral("incidents i WHERE");
    const QString sql = QStringLiteral("SELECT i.* FROM %1 %2 ORDER BY %3 LIMIT ?")
                            .arg(from, where.sql, order.join(direction + QStringLiteral(", ")) + direction);
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    SqlValues::exec(query);
    QList<Incident> result;
    while (query.next()) {
        const QSqlRecord r = query.record();
        Incident i;
        i.id = r.value("id").toLongLong();
        i.version = r.value("version").toLongLong();
        i.reference = r.value("reference").toString();
        i.schoolId = r.value("school_id").toLongLong();
        i.protocolVersionId = r.value("protocol_version_id").toLongLong();
        i.title = r.value("title").toString();
        i.occurredAt = SqlValues::toMoment(r.value("occurred_at"));
        i.reportedAt = SqlValues::toMoment(r.value("reported_at"));
        i.registeredByUserId = r.value("registered_by_user_id").toLongLong();
        i.handlerUserId = r.value("handler_user_id").toLongLong();
        i.platform = fromCode<Platform>(r.value("platform").toString()).value_or(Platform::Anders);
        i.context = fromCode<IncidentContext>(r.value("context").toString()).value_or(IncidentContext::InSchool);
        i.severity = fromCode<Severity>(r.value("severity").toString()).value_or(Severity::Licht);
        i.possiblyCriminal = r.value("possibly_criminal").toLongLong() != 0;
        i.confidential = r.value("confidential").toLongLong() != 0;
        i.status = fromCode<IncidentStatus>(r.value("status").toString()).value_or(IncidentStatus::Gemeld);
        result.append(i);
    }
    return result;
}

int IncidentFinder::count(const AccessScope &scope, const IncidentFilter &filter) const
{
    const Where where = whereOf(scope, filter);
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents i WHERE ") + where.sql);
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}
