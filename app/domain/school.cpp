#include "school.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString School::problem() const
{
    static const QRegularExpression brinPattern(QStringLiteral("^\\d{2}[A-Z]{2}(\\d{2})?$"));
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("School", "Enter the name of the school.");
    if (!brin.isEmpty() && !brinPattern.match(brin).hasMatch())
        return QCoreApplication::translate("School", "The BRIN code %1 of %2 is not valid: two digits and two capitals, "
                                                     "optionally followed by a two-digit vestiging number (e.g. 12AB "
                                                     "or 12AB01).").arg(brin, name);
    return QString();
}
