#include "barchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace BarChart {

QList<Statistics::Row> shown(const QList<Statistics::Row> &rows, bool keepOrder, int maxBars)
{
    if (keepOrder || rows.size() <= maxBars)
        return rows;
    QList<Statistics::Row> result = rows.mid(0, maxBars - 1);
    int rest = 0;
    for (qsizetype i = maxBars - 1; i < rows.size(); ++i)
        rest += rows.at(i).count;
    result.append({ QCoreApplication::translate("BarChart", "(other)"), rest });
    return result;
}

qreal heightFor(int count, const QFont &font)
{
    const QFontMetricsF metrics(font);
    return std::max(1, count) * metrics.height() * 1.6 + metrics.height();
}

void paint(QPainter &painter, const QRectF &area, const QList<Statistics::Row> &rows, const QFont &font)
{
    painter.save();
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font);
    if (rows.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(area, Qt::AlignCenter, QCoreApplication::translate("BarChart", "Nothing to count in this period."));
        painter.restore();
        return;
    }
    int largest = 1;
    qreal labelWidth = 0;
    for (const Statistics::Row &row : rows) {
        largest = std::max(largest, row.count);
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label));
    }
    labelWidth = std::min(labelWidth + metrics.averageCharWidth(), area.width() * 0.4);
    const qreal countWidth = metrics.horizontalAdvance(QString::number(largest)) + metrics.averageCharWidth() * 2;
    const qreal barArea = std::max<qreal>(10, area.width() - labelWidth - countWidth);
    const qreal line = std::min(metrics.height() * 1.6, area.height() / rows.size());
    const qreal bar = line * 0.65;
    for (int i = 0; i < rows.size(); ++i) {
        const Statistics::Row &row = rows.at(i);
        const qreal top = area.top() + i * line;
        const QRectF label(area.left(), top, labelWidth - metrics.averageCharWidth(), line);
        painter.setPen(Qt::black);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(row.label, Qt::ElideRight, label.width()));
        const qreal length = barArea * row.count / largest;
        const QRectF rect(area.left() + labelWidth, top + (line - bar) / 2, std::max<qreal>(length, row.count > 0 ? 1.5 : 0), bar);
        painter.fillRect(rect, QColor(0x2f, 0x6f, 0xa8));
        painter.drawText(QRectF(rect.right() + metrics.averageCharWidth() * 0.5, top, countWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(row.count));
    }
    painter.restore();
}

QImage image(const QList<Statistics::Row> &rows, int width, const QFont &font)
{
    const int height = int(heightFor(int(rows.size()), font));
    QImage result(width, height, QImage::Format_ARGB32);
    result.fill(Qt::white);
    QPainter painter(&result);
    const qreal margin = QFontMetricsF(font).height() / 2;
    paint(painter, QRectF(0, margin, width, height - 2 * margin), rows, font);
    return result;
}

} // namespace BarChart
