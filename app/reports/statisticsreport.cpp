#include "statisticsreport.h"

#include "barchart.h"
#include "summaryhtml.h"

#include <QFont>

StatisticsReport::StatisticsReport(const Statistics &statistics, const QString &schoolName, const QString &letterhead)
    : m_statistics(statistics), m_school(schoolName), m_letterhead(letterhead)
{
}

QString StatisticsReport::html() const
{
    const SummaryHtml out;
    QString html = m_letterhead + QStringLiteral("<h2>%1</h2>").arg(out.text(tr("Report on social safety")));
    html += out.table({ tr("Item"), tr("Value") },
                      { { tr("Period (reported)"), SummaryHtml::day(m_statistics.from()) + QStringLiteral(" – ") + SummaryHtml::day(m_statistics.to()) },
                        { tr("Schools"), m_school.isEmpty() ? tr("all schools") : m_school },
                        { tr("Incidents reported"), QString::number(m_statistics.incidents()) } },
                      QString());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(out.text(tr("Counts without names. An incident with several kinds of harm or articles counts once under each, so "
                                 "those tables can add up to more than the number of incidents.")));
    int index = 0;
    for (Statistics::Dimension d : Statistics::dimensions()) {
        const QList<Statistics::Row> rows = m_statistics.rows(d);
        html += QStringLiteral("<h3>%1</h3>").arg(out.text(Statistics::title(d)));
        if (rows.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(out.text(tr("Nothing to count in this period.")));
            continue;
        }
        html += QStringLiteral("<p><img src=\"dossierkast:chart%1\"></p>").arg(index);
        QList<QStringList> table;
        for (const Statistics::Row &row : rows)
            table.append({ row.label, QString::number(row.count) });
        html += out.table({ Statistics::title(d), tr("Number of %1").arg(Statistics::unit(d)) }, table, QString());
        ++index;
    }
    return html;
}

SummaryDocument StatisticsReport::document(const QString &printedBy, const QDateTime &printedAt) const
{
    SummaryDocument document(html(), printedBy, printedAt);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(34);
    int index = 0;
    for (Statistics::Dimension d : Statistics::dimensions()) {
        const QList<Statistics::Row> rows = m_statistics.rows(d);
        if (rows.isEmpty())
            continue;
        document.addImage(QStringLiteral("chart%1").arg(index++),
                          BarChart::image(BarChart::shown(rows, d == Statistics::Dimension::Month), 1800, font));
    }
    return document;
}
