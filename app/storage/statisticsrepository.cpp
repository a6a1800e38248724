#include "statisticsrepository.h"

#include "../domain/enums.h"
#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

StatisticsRepository::StatisticsRepository(Database &db) : m_db(db)
{
}

QList<IncidentFacts> StatisticsRepository::facts(const AccessScope &scope, const QDate &from, const QDate &to, qint64 schoolId) const
{
    // Moments are stored in UTC; the period means local days.
    QString where = QStringLiteral("i.reported_at >= ? AND i.reported_at < ? AND ") + AccessFilter::incidents(scope, QStringLiteral("i"));
    QVariantList values{ SqlValues::moment(from.startOfDay()), SqlValues::moment(to.addDays(1).startOfDay()) };
    if (schoolId > 0) {
        where += QStringLiteral(" AND i.school_id = ?");
        values.append(schoolId);
    }
    const auto run = [&](const QString &sql) {
        QSqlQuery query = m_db.prepare(sql.arg(where));
        for (const QVariant &v : values)
            query.addBindValue(v);
        SqlValues::exec(query);
        return query;
    };

    QList<IncidentFacts> result;
    QHash<qint64, int> index;
    QSqlQuery incidents = run(QStringLiteral("SELECT i.id, i.reported_at, s.name, i.platform, i.severity, i.context "
                                             "FROM incidents i JOIN schools s ON s.id = i.school_id WHERE %1 ORDER BY i.id"));
    while (incidents.next()) {
        IncidentFacts f;
        f.id = incidents.value(0).toLongLong();
        f.reportedAt = SqlValues::toMoment(incidents.value(1));
        f.school = incidents.value(2).toString();
        f.platform = fromCode<Platform>(incidents.value(3).toString()).value_or(Platform::Anders);
        f.severity = fromCode<Severity>(incidents.value(4).toString()).value_or(Severity::Licht);
        f.context = fromCode<IncidentContext>(incidents.value(5).toString()).value_or(IncidentContext::InSchool);
        index.insert(f.id, int(result.size()));
        result.append(f);
    }
    if (result.isEmpty())
        return result;

    QSqlQuery harms = run(QStringLiteral("SELECT h.incident_id, h.harm FROM incident_harms h JOIN incidents i ON i.id = h.incident_id "
                                         "WHERE %1 ORDER BY h.incident_id, h.harm"));
    while (harms.next())
        if (const auto harm = fromCode<Harm>(harms.value(1).toString()))
            result[index.value(harms.value(0).toLongLong())].harms.append(*harm);

    QSqlQuery articles = run(QStringLiteral("SELECT ia.incident_id, a.code, a.title FROM incident_articles ia "
                                            "JOIN protocol_articles a ON a.id = ia.article_id JOIN incidents i ON i.id = ia.incident_id "
                                            "WHERE %1 ORDER BY ia.incident_id, a.code"));
    while (articles.next())
        result[index.value(articles.value(0).toLongLong())].articles.append(articles.value(1).toString() + QLatin1Char(' ')
                                                                             + articles.value(2).toString());

    QSqlQuery people = run(QStringLiteral("SELECT v.incident_id, v.role, p.kind FROM involvements v JOIN persons p ON p.id = v.person_id "
                                          "JOIN incidents i ON i.id = v.incident_id WHERE %1 AND v.role IN ('veroorzaker', 'slachtoffer') "
                                          "ORDER BY v.incident_id, v.id"));
    while (people.next()) {
        const auto kind = fromCode<PersonKind>(people.value(2).toString());
        if (!kind)
            continue;
        IncidentFacts &f = result[index.value(people.value(0).toLongLong())];
        (people.value(1).toString() == QLatin1String("veroorzaker") ? f.causers : f.victims).append(*kind);
    }

    QSqlQuery measures = run(QStringLiteral("SELECT m.incident_id, t.name FROM measures m JOIN measure_types t ON t.id = m.measure_type_id "
                                            "JOIN incidents i ON i.id = m.incident_id WHERE %1 "
                                            "AND m.status IN ('opgelegd', 'bezwaar', 'bezwaar_ongegrond') ORDER BY m.incident_id, m.id"));
    while (measures.next())
        result[index.value(measures.value(0).toLongLong())].measures.append(measures.value(1).toString());
    return result;
}
