#include "person.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

void Person::setFullName(const QString &fullName)
{
    static const QStringList particles{ "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op",
                                        "el", "al", "von", "le", "la", "du", "d'", "des", "del", "da", "di" };
    QString text = fullName.simplified();
    QString first;
    if (text.contains(QLatin1Char(','))) {
        // "Surname, Given tussenvoegsel"
        const QString surnamePart = text.section(QLatin1Char(','), 0, 0).trimmed();
        QStringList rest = text.section(QLatin1Char(','), 1).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList tussen;
        while (!rest.isEmpty() && particles.contains(rest.last().toLower()))
            tussen.prepend(rest.takeLast());
        givenNames = rest.join(QLatin1Char(' '));
        tussenvoegsel = tussen.join(QLatin1Char(' '));
        surname = surnamePart;
        return;
    }
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1) {
        givenNames.clear();
        tussenvoegsel.clear();
        surname = text;
        return;
    }
    first = words.takeFirst();
    QStringList tussen;
    while (words.size() > 1 && particles.contains(words.first().toLower()))
        tussen.append(words.takeFirst());
    givenNames = first;
    tussenvoegsel = tussen.join(QLatin1Char(' '));
    surname = words.join(QLatin1Char(' '));
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

bool Person::looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

QString Person::problem(const QDate &today, QString *field) const
{
    const auto fail = [field](const char *column, const QString &message) {
        if (field)
            *field = QString::fromLatin1(column);
        return message;
    };
    if (surname.trimmed().isEmpty())
        return fail("surname", QCoreApplication::translate("Person", "Enter the surname."));
    if (kind == PersonKind::Leerling && !birthDate.isValid())
        return fail("birth_date", QCoreApplication::translate("Person", "A pupil needs a date of birth."));
    if (birthDate.isValid() && birthDate >= today)
        return fail("birth_date", QCoreApplication::translate("Person", "The date of birth must lie in the past."));
    if (birthDate.isValid() && birthDate < today.addYears(-120))
        return fail("birth_date", QCoreApplication::translate("Person", "The date of birth lies more than 120 years ago."));
    if (kind == PersonKind::Leerling && schoolId == 0)
        return fail("school_id", QCoreApplication::translate("Person", "A pupil needs a school."));
    if (!email.isEmpty() && !looksLikeEmail(email))
        return fail("email", QCoreApplication::translate("Person", "The e-mail address \"%1\" is not valid (it looks like name@example.nl).").arg(email));
    if (startDate.isValid() && birthDate.isValid() && startDate < birthDate)
        return fail("start_date", QCoreApplication::translate("Person", "The start date lies before the date of birth."));
    if (leaveDate.isValid() && startDate.isValid() && leaveDate < startDate)
        return fail("leave_date", QCoreApplication::translate("Person", "The leave date lies before the start date."));
    return QString();
}
