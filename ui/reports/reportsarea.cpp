#include "reportsarea.h"

#include "services/lookup.h"
#include "chartview.h"
#include "common/errormessage.h"
#include "common/icons.h"
#include "common/viewstate.h"
#include "reports/barchart.h"
#include "reports/casesummary.h"
#include "reports/summaryhtml.h"
#include "reports/statisticsreport.h"
#include "services/eventlog.h"
#include "domain/changebus.h"
#include "domain/storageerror.h"
#include "summaryprint.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

ReportsArea::ReportsArea(Session &session, QWidget *parent)
    : Area(parent),
      m_session(session),
      m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_school(new QComboBox(this)),
      m_total(new QLabel(this)),
      m_dimensions(new QListWidget(this)),
      m_chart(new ChartView(this)),
      m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_csv = new QAction(tr("Export as &CSV…"), this);
    m_csv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_csv->setToolTip(tr("All tables of this period in one file for a spreadsheet"));
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = new QAction(tr("Save as P&DF…"), this);
    for (QAction *action : { m_csv, m_print, m_pdf }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_csv, &QAction::triggered, this, [this] { exportCsv(); });
    connect(m_print, &QAction::triggered, this, [this] {
        SummaryPrint::preview(this, m_session, report().document(m_session.user.displayName, Lookup::now()), QStringLiteral("incidents"), 0,
                              QStringLiteral("statistics"));
    });
    connect(m_pdf, &QAction::triggered, this, [this] { savePdf(); });

    m_preset->addItem(tr("This school year"), int(Preset::ThisSchoolYear));
    m_preset->addItem(tr("Last school year"), int(Preset::LastSchoolYear));
    m_preset->addItem(tr("This calendar year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last calendar year"), int(Preset::LastYear));
    m_preset->addItem(tr("Own period"), int(Preset::Custom));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setCalendarPopup(true);
    }
    m_school->addItem(tr("All schools"), 0);
    for (const School &s : Lookup(session).schools())
        m_school->addItem(s.name, s.id);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *schoolLabel = new QLabel(tr("Sc&hool:"), this);
    schoolLabel->setBuddy(m_school);
    bar->addWidget(periodLabel);
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral(" – "), this));
    bar->addWidget(m_to);
    bar->addSeparator();
    bar->addWidget(schoolLabel);
    bar->addWidget(m_school);
    bar->addSeparator();
    bar->addAction(m_csv);
    bar->addAction(m_print);
    bar->addAction(m_pdf);

    for (Statistics::Dimension d : Statistics::dimensions()) {
        auto *item = new QListWidgetItem(Statistics::title(d), m_dimensions);
        item->setData(Qt::UserRole, int(d));
    }
    m_dimensions->setMaximumWidth(300);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *content = new QHBoxLayout;
    content->addWidget(m_dimensions);
    content->addWidget(m_splitter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_total);
    layout->addLayout(content, 1);
    m_total->setObjectName(QStringLiteral("totalLabel"));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsArea::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating) {
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            m_updating = false;
            refresh();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating) {
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            m_updating = false;
            refresh();
        }
    });
    connect(m_school, &QComboBox::currentIndexChanged, this, &ReportsArea::refresh);
    connect(m_dimensions, &QListWidget::currentRowChanged, this, &ReportsArea::showCurrent);
    // Counts follow what is registered elsewhere in the program.
    ChangeBus::listen(this, [this](const QString &entity) {
        static const QStringList relevant{ QStringLiteral("incidents"), QStringLiteral("incident_harms"), QStringLiteral("incident_articles"),
                                           QStringLiteral("involvements"), QStringLiteral("measures") };
        if (relevant.contains(entity))
            refresh();
    });
    ViewState::restore(m_splitter, QStringLiteral("reports"));
    m_dimensions->setCurrentRow(0);
    applyPreset();
}

ReportsArea::~ReportsArea()
{
    ViewState::save(m_splitter, QStringLiteral("reports"));
}

QString ReportsArea::areaTitle()
{
    return tr("Reports");
}

QIcon ReportsArea::areaIcon()
{
    return Icons::reports();
}

void ReportsArea::applyPreset()
{
    if (m_updating)
        return;
    const QDate today = QDate::currentDate();
    // A Dutch school year runs from 1 August to 31 July.
    const int schoolYear = today.month() >= 8 ? today.year() : today.year() - 1;
    QDate from;
    QDate to;
    switch (Preset(m_preset->currentData().toInt())) {
    case Preset::ThisSchoolYear: from = QDate(schoolYear, 8, 1), to = QDate(schoolYear + 1, 7, 31); break;
    case Preset::LastSchoolYear: from = QDate(schoolYear - 1, 8, 1), to = QDate(schoolYear, 7, 31); break;
    case Preset::ThisYear: from = QDate(today.year(), 1, 1), to = QDate(today.year(), 12, 31); break;
    case Preset::LastYear: from = QDate(today.year() - 1, 1, 1), to = QDate(today.year() - 1, 12, 31); break;
    case Preset::Custom: refresh(); return;
    }
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refresh();
}

void ReportsArea::setPeriod(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    refresh();
}

void ReportsArea::showDimension(Statistics::Dimension dimension)
{
    m_dimensions->setCurrentRow(int(Statistics::dimensions().indexOf(dimension)));
}

StatisticsReport ReportsArea::report()
{
    ensureCurrent();
    const qint64 school = m_school->currentData().toLongLong();
    return StatisticsReport(*m_statistics, schoolName(),
                            CaseSummary::letterhead(*m_session.database, m_session.scope, school, false, SummaryHtml()));
}

QString ReportsArea::schoolName() const
{
    return m_school->currentData().toLongLong() > 0 ? m_school->currentText() : QString();
}

void ReportsArea::refresh()
{
    // Counting a quarter of a million incidents is work for when the area is looked at, not
    // for the start of the program: hidden, it only notes that its counts are out of date.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    recount();
}

void ReportsArea::ensureCurrent()
{
    if (m_stale || !m_statistics)
        recount();
}

void ReportsArea::showEvent(QShowEvent *event)
{
    Area::showEvent(event);
    ensureCurrent();
}

const Statistics &ReportsArea::statistics()
{
    ensureCurrent();
    return *m_statistics;
}

void ReportsArea::recount()
{
    m_stale = false;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to);
    m_statistics = std::make_unique<Statistics>(
        Lookup(m_session).facts(from, to, m_school->currentData().toLongLong()), from, to);
    m_total->setText(tr("%n incident(s) reported from %1 to %2.", nullptr, m_statistics->incidents())
                         .arg(from.toString(QStringLiteral("dd-MM-yyyy")), to.toString(QStringLiteral("dd-MM-yyyy"))));
    showCurrent();
}

void ReportsArea::showCurrent()
{
    if (m_dimensions->currentRow() < 0)
        return;
    if (m_stale || !m_statistics) {
        refresh();      // shows the counts itself when it makes them
        return;
    }
    const auto dimension = Statistics::Dimension(m_dimensions->currentItem()->data(Qt::UserRole).toInt());
    const QList<Statistics::Row> rows = m_statistics->rows(dimension);
    m_chart->setRows(BarChart::shown(rows, dimension == Statistics::Dimension::Month, 20));
    int total = 0;
    for (const Statistics::Row &row : rows)
        total += row.count;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ Statistics::title(dimension), tr("Number of %1").arg(Statistics::unit(dimension)), tr("Share") });
    for (int i = 0; i < rows.size(); ++i) {
        const Statistics::Row &row = rows.at(i);
        auto *label = new QStandardItem(row.label);
        // Months sort in calendar order, the rest by name.
        label->setData(dimension == Statistics::Dimension::Month ? QVariant(i) : QVariant(row.label), Qt::UserRole);
        auto *count = new QStandardItem(QString::number(row.count));
        count->setData(row.count, Qt::UserRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const double share = total > 0 ? 100.0 * row.count / total : 0.0;
        auto *percent = new QStandardItem(QLocale(QLocale::Dutch).toString(share, 'f', 1) + QStringLiteral(" %"));
        percent->setData(share, Qt::UserRole);
        percent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({ label, count, percent });
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_sorted->sort(-1);
}

bool ReportsArea::exportCsv(const QString &path)
{
    ensureCurrent();
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Export as CSV"),
                                              tr("Report %1 – %2.csv").arg(m_statistics->from().toString(QStringLiteral("yyyy-MM-dd")),
                                                                           m_statistics->to().toString(QStringLiteral("yyyy-MM-dd"))),
                                              tr("CSV for a spreadsheet (*.csv)"));
    if (target.isEmpty())
        return false;
    const QByteArray csv = m_statistics->csv();
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export as CSV"), tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), file.errorString()));
        return false;
    }
    try {
        EventLog(*m_session.database, m_session.scope).record(QStringLiteral("export"), QStringLiteral("incidents"), 0,
                                                             QStringLiteral("statistics as CSV"));
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Export as CSV"), error);
    }
    return true;
}

bool ReportsArea::savePdf(const QString &path)
{
    return SummaryPrint::savePdf(this, m_session, report().document(m_session.user.displayName, Lookup::now()),
                                 QStringLiteral("incidents"), 0, QStringLiteral("statistics"),
                                 tr("Report %1 – %2.pdf").arg(m_statistics->from().toString(QStringLiteral("yyyy-MM-dd")),
                                                             m_statistics->to().toString(QStringLiteral("yyyy-MM-dd"))),
                                 path);
}
