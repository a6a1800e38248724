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
    static const QRegularExpression written(QStringLiteral("^[1-9][0-9]{3} [A-Z]{2}$"));
    if (!postalCode.trimmed().isEmpty() && !written.match(normalisedPostalCode(postalCode)).hasMatch())
        return QCoreApplication::translate("School", "The postal code %1 of %2 is not a Dutch postal code: four digits and "
                                                     "two letters, written as 1234 AB.").arg(postalCode, name);
    return QString();
}

QString School::normalisedPostalCode(const QString &typed)
{
    // Four digits, not starting with 0, and two letters.
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{3}) ?([A-Z]{2})$"));
    const QString compact = typed.simplified().toUpper();
    const QRegularExpressionMatch match = pattern.match(compact);
    return match.hasMatch() ? match.captured(1) + QLatin1Char(' ') + match.captured(2) : typed.trimmed();
}
