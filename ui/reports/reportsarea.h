#pragma once

#include "common/area.h"
#include "domain/statistics.h"
#include "reports/statisticsreport.h"
#include "services/session.h"

#include <memory>

class ChartView;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTableView;

// Rapportages: counts without names for a chosen period and school — per month, school,
// platform, context, severity, kind of harm, article, measure and kind of person — as a chart
// and a sortable table; all tables as CSV for a spreadsheet, or printed with their charts.
class ReportsArea : public Area
{
    Q_OBJECT

public:
    enum class Preset { ThisSchoolYear, LastSchoolYear, ThisYear, LastYear, Custom };

    explicit ReportsArea(Session &session, QWidget *parent = nullptr);
    ~ReportsArea() override;
    // Also before the area is made: the main window lists it and makes it when first shown.
    static QString areaTitle();
    static QIcon areaIcon();
    QString title() const override { return areaTitle(); }
    QIcon icon() const override { return areaIcon(); }

    void setPeriod(const QDate &from, const QDate &to);
    void showDimension(Statistics::Dimension dimension);
    // Counted when first asked for (or shown), again after a change.
    const Statistics &statistics();
    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ChartView *chart() const { return m_chart; }
    QLabel *totalLabel() const { return m_total; }
    QComboBox *schoolCombo() const { return m_school; }
    bool exportCsv(const QString &path = QString());
    bool savePdf(const QString &path = QString());

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPreset();
    // Recounts now when visible, else when next shown or asked.
    void refresh();
    void recount();
    void ensureCurrent();
    void showCurrent();
    QString schoolName() const;
    StatisticsReport report();

    Session &m_session;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_school;
    QLabel *m_total;
    QListWidget *m_dimensions;
    ChartView *m_chart;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QSplitter *m_splitter;
    QAction *m_csv;
    QAction *m_print;
    QAction *m_pdf;
    std::unique_ptr<Statistics> m_statistics;
    bool m_updating = false;
    bool m_stale = true;
};
