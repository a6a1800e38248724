#include "accessfilter.h"

#include "../domain/accessscope.h"

#include <QStringList>

namespace AccessFilter {

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
    // Persons without a school (parents, others) stay visible; the access issue refines this.
    return QStringLiteral("(%1.school_id IS NULL OR %2)").arg(alias, schools(scope, alias + QStringLiteral(".school_id")));
}

QString incidents(const AccessScope &scope, const QString &alias)
{
    if (scope.isSystem() || scope.role() == UserRole::Beheerder || scope.role() == UserRole::Bestuur)
        return QStringLiteral("1 = 1");
    const QString user = QString::number(scope.userId());
    if (scope.role() == UserRole::Melder)
        return QStringLiteral("%1.registered_by_user_id = %2").arg(alias, user);
    return QStringLiteral("(%1 AND (%2.confidential = 0 OR %2.handler_user_id = %3 OR %2.registered_by_user_id = %3))")
        .arg(schools(scope, alias + QStringLiteral(".school_id")), alias, user);
}

} // namespace AccessFilter
