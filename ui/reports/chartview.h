#pragma once

#include "domain/statistics.h"

#include <QWidget>

// Shows one table of the Rapportages as the bar chart that is also printed.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    void setRows(const QList<Statistics::Row> &rows);
    QList<Statistics::Row> rows() const { return m_rows; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Statistics::Row> m_rows;
};
