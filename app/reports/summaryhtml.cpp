#include "summaryhtml.h"

#include "../domain/redactor.h"

SummaryHtml::SummaryHtml(const Redactor *redactor) : m_redactor(redactor)
{
}

QString SummaryHtml::escape(const QString &plain)
{
    return plain.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString SummaryHtml::text(const QString &plain) const
{
    return m_redactor ? m_redactor->html(plain) : escape(plain);
}

QString SummaryHtml::day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString SummaryHtml::moment(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

QString SummaryHtml::heading(int level, const QString &plain) const
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text(plain));
}

QString SummaryHtml::table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty) const
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(escape(empty));
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse: collapse; border-color: #999;\"><thead><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\">%1</th>").arg(escape(h));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(text(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}
