#include "person.h"

#include <QStringList>

static QString callName(const Person &p)
{
    if (!p.roepnaam.isEmpty())
        return p.roepnaam;
    return p.givenNames.section(QLatin1Char(' '), 0, 0);
}

QString Person::displayName() const
{
    QStringList parts;
    const QString first = callName(*this);
    if (!first.isEmpty())
        parts.append(first);
    if (!tussenvoegsel.isEmpty())
        parts.append(tussenvoegsel);
    parts.append(surname);
    return parts.join(QLatin1Char(' '));
}

QString Person::sortName() const
{
    QStringList after;
    const QString first = callName(*this);
    if (!first.isEmpty())
        after.append(first);
    if (!tussenvoegsel.isEmpty())
        after.append(tussenvoegsel);
    return after.isEmpty() ? surname : surname + QStringLiteral(", ") + after.join(QLatin1Char(' '));
}
