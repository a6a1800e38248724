#pragma once

#include "../domain/statistics.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;

// A horizontal bar chart of counts, drawn with QPainter so the same picture appears on screen,
// in the print preview and in the PDF. Long lists show their largest rows and "other".
namespace BarChart {

// The rows drawn: at most `maxBars`, the rest summed up as "(other)" — except months, which
// keep their order and are all drawn.
QList<Statistics::Row> shown(const QList<Statistics::Row> &rows, bool keepOrder, int maxBars = 12);
void paint(QPainter &painter, const QRectF &area, const QList<Statistics::Row> &rows, const QFont &font);
// The height a chart of `count` bars needs at this font.
qreal heightFor(int count, const QFont &font);
QImage image(const QList<Statistics::Row> &rows, int width, const QFont &font);

} // namespace BarChart
