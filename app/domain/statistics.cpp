#include "statistics.h"

#include "labels.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace {

QList<Statistics::Row> sorted(const QHash<QString, int> &counts)
{
    QList<Statistics::Row> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({ it.key(), it.value() });
    QCollator collator(QLocale(QLocale::Dutch));
    collator.setNumericMode(true);
    std::sort(rows.begin(), rows.end(), [&collator](const Statistics::Row &a, const Statistics::Row &b) {
        return a.count != b.count ? a.count > b.count : collator.compare(a.label, b.label) < 0;
    });
    return rows;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Statistics::Statistics(const QList<IncidentFacts> &facts, const QDate &from, const QDate &to) : m_facts(facts), m_from(from), m_to(to)
{
}

QList<Statistics::Dimension> Statistics::dimensions()
{
    return { Dimension::Month, Dimension::School, Dimension::Platform, Dimension::Context, Dimension::Severity, Dimension::Harm,
             Dimension::Article, Dimension::Measure, Dimension::CauserKind, Dimension::VictimKind };
}

QString Statistics::title(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Month: return tr("Incidents per month");
    case Dimension::School: return tr("Incidents per school");
    case Dimension::Platform: return tr("Incidents per platform or channel");
    case Dimension::Context: return tr("Incidents per context");
    case Dimension::Severity: return tr("Incidents per severity");
    case Dimension::Harm: return tr("Incidents per kind of harm");
    case Dimension::Article: return tr("Incidents per protocol article");
    case Dimension::Measure: return tr("Measures imposed");
    case Dimension::CauserKind: return tr("Causers per kind of person");
    case Dimension::VictimKind: return tr("Victims per kind of person");
    }
    return QString();
}

QString Statistics::unit(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Measure: return tr("measures");
    case Dimension::CauserKind:
    case Dimension::VictimKind: return tr("persons");
    default: return tr("incidents");
    }
}

QList<Statistics::Row> Statistics::rows(Dimension dimension) const
{
    QHash<QString, int> counts;
    const auto add = [&counts](const QString &key) { ++counts[key]; };
    if (dimension == Dimension::Month) {
        const QLocale dutch(QLocale::Dutch);
        for (const IncidentFacts &f : m_facts) {
            const QDate day = f.reportedAt.toLocalTime().date();
            add(QStringLiteral("%1-%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0')));
        }
        QList<Row> rows;
        if (!m_from.isValid() || !m_to.isValid() || m_from > m_to)
            return rows;
        for (QDate month(m_from.year(), m_from.month(), 1); month <= m_to; month = month.addMonths(1)) {
            const QString key = QStringLiteral("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
            rows.append({ dutch.toString(month, QStringLiteral("MMM yyyy")), counts.value(key) });
        }
        return rows;
    }
    for (const IncidentFacts &f : m_facts) {
        switch (dimension) {
        case Dimension::Month: break;
        case Dimension::School: add(f.school); break;
        case Dimension::Platform: add(Labels::platform(f.platform)); break;
        case Dimension::Context: add(Labels::context(f.context)); break;
        case Dimension::Severity: add(Labels::severity(f.severity)); break;
        case Dimension::Harm:
            for (Harm h : f.harms)
                add(Labels::harm(h));
            if (f.harms.isEmpty())
                add(tr("(not recorded)"));
            break;
        case Dimension::Article:
            for (const QString &a : f.articles)
                add(a);
            if (f.articles.isEmpty())
                add(tr("(no article chosen)"));
            break;
        case Dimension::Measure:
            for (const QString &m : f.measures)
                add(m);
            break;
        case Dimension::CauserKind:
            for (PersonKind k : f.causers)
                add(Labels::personKind(k));
            break;
        case Dimension::VictimKind:
            for (PersonKind k : f.victims)
                add(Labels::personKind(k));
            break;
        }
    }
    return sorted(counts);
}

QByteArray Statistics::csv() const
{
    const QString period = QStringLiteral("%1 – %2").arg(m_from.toString(QStringLiteral("dd-MM-yyyy")), m_to.toString(QStringLiteral("dd-MM-yyyy")));
    QString text = QStringLiteral("%1;%2;%3;%4\r\n").arg(tr("Table"), tr("Value"), tr("Count"), tr("Period"));
    text += QStringLiteral("%1;%2;%3;%4\r\n").arg(csvField(tr("Incidents reported")), QString(), QString::number(incidents()), period);
    for (Dimension d : dimensions())
        for (const Row &row : rows(d))
            text += QStringLiteral("%1;%2;%3;%4\r\n").arg(csvField(title(d)), csvField(row.label), QString::number(row.count), period);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
