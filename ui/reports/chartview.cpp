#include "chartview.h"

#include "reports/barchart.h"

#include <QPainter>

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(160);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ChartView::setRows(const QList<Statistics::Row> &rows)
{
    m_rows = rows;
    // Tall enough to read every bar; the scroll area around it scrolls long lists.
    setMinimumHeight(int(BarChart::heightFor(int(rows.size()), font())));
    updateGeometry();
    update();
}

QSize ChartView::sizeHint() const
{
    return QSize(600, int(BarChart::heightFor(int(m_rows.size()), font())));
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int margin = fontMetrics().height() / 2;
    BarChart::paint(painter, QRectF(rect().adjusted(margin, margin, -margin * 3, -margin)), m_rows, font());
}
