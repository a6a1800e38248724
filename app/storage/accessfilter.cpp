#include "accessfilter.h"

#include "../domain/accessscope.h"

#include <QStringList>

namespace AccessFilter {

bool seesEverything(const AccessScope &scope)
{
    return scope.isSystem() || scope.role() == UserRole::Beheerder || scope.role() == UserRole::Bestuur;
}

QString schools(const AccessScope &scope, const QString &column)
{
    if (scope.seesAllSchools())
        return QStringLiteral("1 = 1");
    if (scope.schoolIds().isEmpty())
        return QStringLiteral("1 = 0");
    QStringList ids;
    for (qint64 id : scope.schoolIds())
        ids.append(QString::number(id));
    return column + QStringLiteral(" IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString persons(const AccessScope &scope, const QString &alias)
{
    if (seesEverything(scope))
        return QStringLiteral("1 = 1");
    // Aliases inside the subqueries are prefixed so they never shadow the caller's.
    const QString ownSchool = schools(scope, alias + QStringLiteral(".school_id"));
    return QStringLiteral(
               "(%1 OR (%2.school_id IS NULL AND ("
               "EXISTS (SELECT 1 FROM guardianships af_g JOIN persons af_c ON af_c.id = af_g.pupil_id "
               "WHERE af_g.parent_id = %2.id AND %3) "
               "OR EXISTS (SELECT 1 FROM involvements af_v JOIN incidents af_i ON af_i.id = af_v.incident_id "
               "WHERE af_v.person_id = %2.id AND %4) "
               "OR (NOT EXISTS (SELECT 1 FROM guardianships af_g2 WHERE af_g2.parent_id = %2.id) "
               "AND NOT EXISTS (SELECT 1 FROM involvements af_v2 WHERE af_v2.person_id = %2.id)))))")
        .arg(ownSchool, alias, schools(scope, QStringLiteral("af_c.school_id")),
             incidents(scope, QStringLiteral("af_i")));
}

QString personRecords(const AccessScope &scope, const QString &alias)
{
    if (!scope.isSystem() && scope.role() == UserRole::Melder)
        return QStringLiteral("1 = 0");
    return persons(scope, alias);
}

QString incidents(const AccessScope &scope, const QString &alias)
{
    if (seesEverything(scope))
        return QStringLiteral("1 = 1");
    const QString user = QString::number(scope.userId());
    if (scope.role() == UserRole::Melder)
        return QStringLiteral("%1.registered_by_user_id = %2").arg(alias, user);
    return QStringLiteral("(%1 AND (%2.confidential = 0 OR %2.handler_user_id = %3 OR %2.registered_by_user_id = %3))")
        .arg(schools(scope, alias + QStringLiteral(".school_id")), alias, user);
}

QString correspondence(const AccessScope &scope, const QString &personAlias, const QString &incidentAlias)
{
    if (seesEverything(scope))
        return QStringLiteral("1 = 1");
    return QStringLiteral("((%1.id IS NULL AND %2) OR (%1.id IS NOT NULL AND %3 AND %4))")
        .arg(incidentAlias, personRecords(scope, personAlias), persons(scope, personAlias),
             incidents(scope, incidentAlias));
}

} // namespace AccessFilter
