#include "importreportpage.h"

#include "common/errormessage.h"
#include "importwizard.h"
#include "domain/storageerror.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using Result = PersonImport::Result;

QString resultText(Result result)
{
    switch (result) {
    case Result::New: return ImportReportPage::tr("new");
    case Result::Updated: return ImportReportPage::tr("updated");
    case Result::Unchanged: return ImportReportPage::tr("unchanged");
    case Result::Rejected: return ImportReportPage::tr("rejected");
    }
    return QString();
}

} // namespace

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_summary(new QLabel(this)),
      m_show(new QComboBox(this)),
      m_rows(new QTableWidget(this)),
      m_leavingLabel(new QLabel(this)),
      m_leaving(new QListWidget(this))
{
    setTitle(tr("Report"));
    setSubTitle(tr("This is what the import will do. Nothing has been written yet; Import writes it all at "
                   "once, or nothing at all."));
    setCommitPage(true);
    m_summary->setWordWrap(true);
    m_show->addItem(tr("Changes and rejected rows"), 0);
    m_show->addItem(tr("Rejected rows"), 1);
    m_show->addItem(tr("All rows"), 2);
    m_rows->setColumnCount(4);
    m_rows->setHorizontalHeaderLabels({ tr("Line"), tr("Result"), tr("Name"), tr("Remark") });
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setSortingEnabled(true);
    m_leaving->setMaximumHeight(110);
    auto *showRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    showRow->addWidget(showLabel);
    showRow->addWidget(m_show);
    showRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(showRow);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_leavingLabel);
    layout->addWidget(m_leaving);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportReportPage::fillRows);
}

void ImportReportPage::initializePage()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_wizard->plan = PersonImport(*m_wizard->session().database, m_wizard->session().scope)
                             .plan(m_wizard->table, m_wizard->mapping, m_wizard->options);
    } catch (const StorageError &error) {
        QApplication::restoreOverrideCursor();
        m_wizard->plan = PersonImport::Plan();
        ErrorMessage::show(this, tr("Import"), error);
        m_summary->setText(error.message());
        return;
    }
    QApplication::restoreOverrideCursor();
    const PersonImport::Plan &plan = m_wizard->plan;
    m_summary->setText(tr("%1: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                           .arg(m_wizard->fileName)
                           .arg(plan.count(Result::New))
                           .arg(plan.count(Result::Updated))
                           .arg(plan.count(Result::Unchanged))
                           .arg(plan.count(Result::Rejected)));
    m_show->setCurrentIndex(plan.count(Result::Rejected) > 0 ? 1 : 0);
    fillRows();
    m_leaving->clear();
    for (const Person &p : plan.leaving)
        m_leaving->addItem(p.sortName() + (p.groupName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.groupName)));
    m_leavingLabel->setText(!plan.leavingWithheld.isEmpty()
                                ? plan.leavingWithheld
                                : tr("Missing from this complete list, so marked as left today: %n pupil(s)", nullptr,
                                     int(plan.leaving.size())));
    m_leavingLabel->setWordWrap(true);
    m_leavingLabel->setVisible(m_wizard->options.markMissingAsLeft);
    m_leaving->setVisible(m_wizard->options.markMissingAsLeft && plan.leavingWithheld.isEmpty());
}

void ImportReportPage::fillRows()
{
    const int show = m_show->currentData().toInt();
    m_rows->setSortingEnabled(false);
    m_rows->setRowCount(0);
    for (const PersonImport::RowPlan &row : std::as_const(m_wizard->plan.rows)) {
        if (show == 0 && row.result == Result::Unchanged)
            continue;
        if (show == 1 && row.result != Result::Rejected)
            continue;
        const int at = m_rows->rowCount();
        m_rows->insertRow(at);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, row.line);
        m_rows->setItem(at, 0, line);
        m_rows->setItem(at, 1, new QTableWidgetItem(resultText(row.result)));
        const QString name = row.result == Result::Rejected && row.person.surname.isEmpty()
                                 ? QString()
                                 : row.person.sortName();
        m_rows->setItem(at, 2, new QTableWidgetItem(name));
        QString remark = row.reason;
        if (row.result != Result::Rejected && !row.parents.isEmpty()) {
            QStringList parents;
            for (const PersonImport::Parent &parent : row.parents)
                parents.append(parent.person.displayName() + (parent.person.id == 0 ? tr(" (new)") : QString()));
            remark = tr("parents linked: %1").arg(parents.join(QStringLiteral(", ")));
        }
        m_rows->setItem(at, 3, new QTableWidgetItem(remark));
        if (row.result == Result::Rejected)
            for (int column = 0; column < 4; ++column)
                m_rows->item(at, column)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_rows->setSortingEnabled(true);
    m_rows->sortByColumn(0, Qt::AscendingOrder);
    m_rows->resizeColumnsToContents();
}

bool ImportReportPage::validatePage()
{
    const PersonImport::Plan &plan = m_wizard->plan;
    const int writes = plan.count(Result::New) + plan.count(Result::Updated) + int(plan.leaving.size());
    if (writes == 0) {
        QMessageBox::information(this, tr("Import"),
                                 plan.count(Result::Rejected) > 0
                                     ? tr("No row can be imported; the database is unchanged. Correct the rows "
                                          "listed in the export and import it again.")
                                     : tr("Everything in this list is already in the database; nothing changes."));
        return true;
    }
    QString question = tr("Import %1 new and %2 updated person(s)?").arg(plan.count(Result::New)).arg(plan.count(Result::Updated));
    if (!plan.leaving.isEmpty())
        question += QLatin1Char(' ') + tr("%n pupil(s) will be marked as left.", nullptr, int(plan.leaving.size()));
    if (plan.count(Result::Rejected) > 0)
        question += QLatin1Char(' ') + tr("%n rejected row(s) are skipped.", nullptr, plan.count(Result::Rejected));
    if (QMessageBox::question(this, tr("Import"), question) != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        PersonImport(*m_wizard->session().database, m_wizard->session().scope).apply(plan);
    } catch (const StorageError &error) {
        QApplication::restoreOverrideCursor();
        ErrorMessage::show(this, tr("Import"), error);
        return false;
    }
    QApplication::restoreOverrideCursor();
    m_wizard->imported = true;
    return true;
}
