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

} // namespace AccessFilter
