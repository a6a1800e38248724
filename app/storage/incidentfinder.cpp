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

IncidentFinder::Where IncidentFinder::whereOf(const AccessScope &scope, const IncidentFilter &filter) const
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
    // someone involved; the words may be found in different places.
    SearchIndex index(m_db);
    for (const QString &word : TextFolding::words(filter.search)) {
        const QString match = index.matchExpression(word);
        where.sql += QStringLiteral(" AND (i.id IN (%1) OR i.id IN (SELECT n.incident_id FROM incident_notes n WHERE n.id IN (%2)) "
                                    "OR i.id IN (SELECT v.incident_id FROM involvements v WHERE v.person_id IN (%3)))")
                         .arg(index.matchingIdsSql(QStringLiteral("incidents")),
                              index.matchingIdsSql(QStringLiteral("incident_notes")),
                              index.matchingIdsSql(QStringLiteral("persons")));
        where.values << match << match << match;
    }
    return where;
}

QList<Incident> IncidentFinder::list(const AccessScope &scope, const IncidentFilter &filter, int offset, int limit) const
{
    const Where where = whereOf(scope, filter);
    QString order;
    switch (filter.sort) {
    case IncidentFilter::Sort::Reference: order = QStringLiteral("i.reference"); break;
    case IncidentFilter::Sort::ReportedAt: order = QStringLiteral("i.reported_at"); break;
    case IncidentFilter::Sort::OccurredAt: order = QStringLiteral("i.occurred_at"); break;
    case IncidentFilter::Sort::School: order = QStringLiteral("lower(s.name)"); break;
    case IncidentFilter::Sort::Title: order = QStringLiteral("lower(i.title)"); break;
    case IncidentFilter::Sort::Platform: order = QStringLiteral("i.platform"); break;
    case IncidentFilter::Sort::Severity:
        order = QStringLiteral("CASE i.severity WHEN 'licht' THEN 1 WHEN 'ernstig' THEN 2 ELSE 3 END");
        break;
    case IncidentFilter::Sort::Status:
        order = QStringLiteral("CASE i.status WHEN 'gemeld' THEN 1 WHEN 'in_behandeling' THEN 2 WHEN 'maatregel' THEN 3 "
                               "WHEN 'afgesloten' THEN 4 ELSE 5 END");
        break;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    // Ties in the newest-first order, so pages never overlap.
    const QString sql = QStringLiteral("SELECT i.* FROM incidents i LEFT JOIN schools s ON s.id = i.school_id "
                                       "WHERE %1 ORDER BY %2%3, i.reported_at DESC, i.id DESC LIMIT ? OFFSET ?")
                            .arg(where.sql, order, direction);
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
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
