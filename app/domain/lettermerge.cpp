#include "lettermerge.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\[\\[\\s*([a-z_.]+)\\s*\\]\\]"));
    return pattern;
}

// Without a preceding name the tussenvoegsel is capitalised: "mevrouw Van der Berg".
QString surnameAlone(const Person &p)
{
    if (p.tussenvoegsel.isEmpty())
        return p.surname;
    QString particle = p.tussenvoegsel;
    particle[0] = particle.at(0).toUpper();
    return particle + QLatin1Char(' ') + p.surname;
}

} // namespace

QList<LetterMerge::Field> LetterMerge::fields()
{
    return {
        { QStringLiteral("datum"), tr("Today's date") },
        { QStringLiteral("organisatie.naam"), tr("Organisation: name") },
        { QStringLiteral("organisatie.adres"), tr("Organisation: address") },
        { QStringLiteral("school.naam"), tr("School: name") },
        { QStringLiteral("school.adres"), tr("School: address") },
        { QStringLiteral("school.directeur"), tr("School: director") },
        { QStringLiteral("ontvanger.naam"), tr("Recipient: name") },
        { QStringLiteral("ontvanger.aanhef"), tr("Recipient: salutation (Geachte …)") },
        { QStringLiteral("ontvanger.adresblok"), tr("Recipient: name and address") },
        { QStringLiteral("leerling.naam"), tr("Pupil: name") },
        { QStringLiteral("leerling.roepnaam"), tr("Pupil: first name used") },
        { QStringLiteral("leerling.groep"), tr("Pupil: group or class") },
        { QStringLiteral("leerling.geboortedatum"), tr("Pupil: date of birth") },
        { QStringLiteral("medewerker.naam"), tr("Staff member: name") },
        { QStringLiteral("medewerker.functie"), tr("Staff member: function") },
        { QStringLiteral("melding.kenmerk"), tr("Incident: reference") },
        { QStringLiteral("melding.titel"), tr("Incident: title") },
        { QStringLiteral("melding.datum"), tr("Incident: date it happened") },
        { QStringLiteral("melding.omschrijving"), tr("Incident: description") },
        { QStringLiteral("maatregel.naam"), tr("Measure: name") },
        { QStringLiteral("maatregel.besloten_op"), tr("Measure: date of the decision") },
        { QStringLiteral("maatregel.eerste_dag"), tr("Measure: first day") },
        { QStringLiteral("maatregel.laatste_dag"), tr("Measure: last day") },
        { QStringLiteral("maatregel.motivering"), tr("Measure: motivation") },
        { QStringLiteral("termijn.reactie"), tr("Term: end of the time to respond") },
        { QStringLiteral("termijn.bezwaar"), tr("Term: end of the objection term") },
        { QStringLiteral("termijn.beroep"), tr("Term: end of the appeal term") },
        { QStringLiteral("artikelen"), tr("Articles broken, with their text") },
        { QStringLiteral("ondertekenaar.naam"), tr("Signed by: name") },
        { QStringLiteral("ondertekenaar.functie"), tr("Signed by: role") },
    };
}

QStringList LetterMerge::used(const QString &templateHtml)
{
    QStringList keys;
    auto matches = fieldPattern().globalMatch(templateHtml);
    while (matches.hasNext()) {
        const QString key = matches.next().captured(1);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList LetterMerge::unknown(const QString &templateHtml)
{
    QStringList known;
    for (const Field &field : fields())
        known.append(field.key);
    QStringList result;
    for (const QString &key : used(templateHtml))
        if (!known.contains(key))
            result.append(key);
    // Brackets that are not a well-formed field are reported too.
    static const QRegularExpression stray(QStringLiteral("\\[\\[(?![\\s]*[a-z_.]+\\s*\\]\\])([^\\]]{0,40})"));
    auto strays = stray.globalMatch(templateHtml);
    while (strays.hasNext())
        result.append(QStringLiteral("[[") + strays.next().captured(1));
    return result;
}

QString LetterMerge::fill(const QString &templateHtml, const QHash<QString, QString> &values)
{
    QStringList known;
    for (const Field &field : fields())
        known.append(field.key);
    QString result;
    qsizetype last = 0;
    auto matches = fieldPattern().globalMatch(templateHtml);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += templateHtml.mid(last, match.capturedStart() - last);
        const QString key = match.captured(1);
        if (known.contains(key))
            result += values.value(key).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        else
            result += match.captured(0);
        last = match.capturedEnd();
    }
    result += templateHtml.mid(last);
    return result;
}

QString LetterMerge::salutation(const Person &p)
{
    const QString surname = surnameAlone(p);
    switch (p.gender) {
    case Gender::Male: return tr("Dear Mr %1,").arg(surname);
    case Gender::Female: return tr("Dear Ms %1,").arg(surname);
    case Gender::Other:
    case Gender::Unknown: break;
    }
    const QString full = p.displayName();
    return tr("Dear %1,").arg(full);
}

QString LetterMerge::salutation(const QList<Person> &recipients)
{
    if (recipients.size() == 1)
        return salutation(recipients.first());
    if (recipients.size() == 2) {
        const Person &a = recipients.at(0);
        const Person &b = recipients.at(1);
        const bool known = a.gender != Gender::Unknown && a.gender != Gender::Other && b.gender != Gender::Unknown
                           && b.gender != Gender::Other;
        if (known && a.gender != b.gender && surnameAlone(a) == surnameAlone(b))
            return tr("Dear Mr and Ms %1,").arg(surnameAlone(a));
        const auto addressed = [](const Person &p) {
            switch (p.gender) {
            case Gender::Male: return tr("Mr %1").arg(surnameAlone(p));
            case Gender::Female: return tr("Ms %1").arg(surnameAlone(p));
            case Gender::Other:
            case Gender::Unknown: break;
            }
            return p.displayName();
        };
        return tr("Dear %1 and %2,").arg(addressed(a), addressed(b));
    }
    return tr("Dear %1,").arg(names(recipients));
}

QString LetterMerge::names(const QList<Person> &recipients)
{
    QStringList all;
    for (const Person &p : recipients)
        all.append(p.displayName());
    if (all.size() < 2)
        return all.join(QString());
    const QString last = all.takeLast();
    return tr("%1 and %2").arg(all.join(QStringLiteral(", ")), last);
}

QString LetterMerge::addressBlock(const QList<Person> &recipients)
{
    if (recipients.size() < 2)
        return recipients.isEmpty() ? QString() : addressBlock(recipients.first());
    QStringList lines = addressBlock(recipients.first()).split(QLatin1Char('\n'));
    lines[0] = names(recipients);
    return lines.join(QLatin1Char('\n'));
}

QString LetterMerge::addressBlock(const Person &p)
{
    QStringList lines{ p.displayName() };
    if (!p.address.isEmpty())
        lines.append(p.address);
    const QString place = (p.postalCode + QStringLiteral("  ") + p.city).trimmed();
    if (!place.isEmpty())
        lines.append(place);
    return lines.join(QLatin1Char('\n'));
}
