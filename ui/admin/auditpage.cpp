#include "auditpage.h"

#include "common/errormessage.h"
#include "common/icons.h"
#include "common/listview.h"
#include "domain/auditlabels.h"
#include "models/auditlogmodel.h"
#include "services/audittrail.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// A date edit whose lowest date means "no limit".
QDateEdit *openDateEdit(QWidget *parent, const QString &none)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(none);
    edit->setDate(edit->minimumDate());
    return edit;
}

} // namespace

AuditPage::AuditPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_model(new AuditLogModel(*session.database, session.scope, this)),
      m_view(new QTableView(this)),
      m_user(new QComboBox(this)),
      m_action(new QComboBox(this)),
      m_entity(new QComboBox(this)),
      m_number(new QLineEdit(this)),
      m_from(openDateEdit(this, tr("(any day)"))),
      m_to(openDateEdit(this, tr("(any day)"))),
      m_count(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_details(new QTableWidget(this))
{
    m_refresh = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_verify = new QAction(Icons::verify(), tr("&Verify the trail"), this);
    m_verify->setToolTip(tr("Proves the audit trail unbroken and every record equal to its last audited state"));
    addAction(m_refresh);
    addAction(m_verify);
    connect(m_refresh, &QAction::triggered, this, [this] {
        fillChoices();
        m_model->reload();
    });
    connect(m_verify, &QAction::triggered, this, &AuditPage::verifyTrail);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_refresh);
    bar->addAction(m_verify);

    m_number->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_number));
    m_number->setPlaceholderText(tr("any"));
    m_number->setClearButtonEnabled(true);
    m_number->setMinimumWidth(80);
    m_number->setMaximumWidth(120);
    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&User:"), m_user);
    labelled(tr("&Action:"), m_action);
    labelled(tr("&Kind:"), m_entity);
    labelled(tr("&Number:"), m_number);
    labelled(tr("&From:"), m_from);
    labelled(tr("T&o:"), m_to);
    filters->addStretch();
    fillChoices();
    // Long action names would widen the page past a laptop's screen; the open list shows them whole.
    for (QComboBox *combo : { m_user, m_action, m_entity }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    for (QComboBox *combo : { m_user, m_action, m_entity })
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_number, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);

    ListView::setUp(m_view, m_model, QStringLiteral("audit"), AuditLogModel::Moment);
    m_view->sortByColumn(AuditLogModel::Moment, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(AuditLogModel::Detail, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showRecord);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showRecord);
    connect(m_model, &AuditLogModel::totalCountChanged, this, &AuditPage::updateCount);
    updateCount(m_model->totalCount());

    m_details->setColumnCount(3);
    m_details->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("After") });
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setWordWrap(true);
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_heading);
    lowerLayout->addWidget(m_details);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(bar);
    top->addStretch();
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter);
    showRecord();
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The log grows with every change made elsewhere in the program.
    fillChoices();
    m_model->reload();
}

void AuditPage::fillChoices()
{
    const auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &item : items)
            combo->addItem(item.second, item.first);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    const AuditTrail trail(*m_session.database, m_session.scope);
    QList<QPair<QString, QString>> users;
    for (const QString &login : trail.logins())
        users.append({ login, login });
    refill(m_user, tr("(all users)"), users);
    QList<QPair<QString, QString>> actions;
    for (const QString &code : AuditLabels::knownActions())
        actions.append({ code, AuditLabels::action(code) });
    refill(m_action, tr("(all actions)"), actions);
    QList<QPair<QString, QString>> entities;
    for (const QString &table : trail.entities())
        entities.append({ table, AuditTrail::entityLabel(table) });
    std::sort(entities.begin(), entities.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    refill(m_entity, tr("(all kinds)"), entities);
}

void AuditPage::applyFilter()
{
    AuditFilter filter = m_model->filter();
    filter.login = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.entityId = m_number->text().toLongLong();
    filter.from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    filter.to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    m_model->setFilter(filter);
}

void AuditPage::updateCount(int total)
{
    m_count->setText(tr("%n record(s)", nullptr, total));
}

void AuditPage::showRecord()
{
    m_details->setRowCount(0);
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    if (row < 0 || row >= m_model->rowCount()) {
        m_heading->setText(tr("Choose a record to see what it recorded."));
        return;
    }
    const AuditRecord r = m_model->record(row);
    QString heading = tr("<b>%1</b> — %2 — %3 — %4 %5")
                          .arg(r.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")), r.login.toHtmlEscaped(),
                               AuditLabels::action(r.action), AuditTrail::entityLabel(r.entity).toHtmlEscaped(),
                               r.entityId > 0 ? QString::number(r.entityId) : QString());
    heading += QStringLiteral("<br>") + tr("Record %1 of the trail.").arg(r.seq);
    if (!r.detail.isEmpty())
        heading += QStringLiteral(" ") + tr("Detail: %1").arg(r.detail.toHtmlEscaped());
    if (r.erased)
        heading += QStringLiteral("<br><i>")
                   + tr("The content of this record was erased when the dossier's retention term ended; the trail "
                        "still proves that the record existed and what it was a change of.")
                   + QStringLiteral("</i>");
    m_heading->setText(heading);
    const QList<AuditLabels::FieldChange> fields = AuditLabels::changes(r.beforeJson, r.afterJson);
    m_details->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const AuditLabels::FieldChange &f = fields.at(i);
        const QStringList cells{ f.label, f.before, f.after };
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 0 ? f.field : cells.at(column));
            if (f.changed) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(255, 244, 204));
            }
            m_details->setItem(i, column, item);
        }
    }
    m_details->resizeRowsToContents();
}

void AuditPage::verifyTrail()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    IntegrityReport report;
    try {
        report = AuditTrail(*m_session.database, m_session.scope).check();
    } catch (const StorageError &error) {
        QApplication::restoreOverrideCursor();
        ErrorMessage::show(this, tr("Verify the trail"), error);
        return;
    }
    QApplication::restoreOverrideCursor();
    if (report.sound()) {
        QMessageBox::information(this, tr("Verify the trail"),
                                 tr("The database is sound.") + QStringLiteral("\n\n") + report.notes.join(QLatin1Char('\n')));
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Verify the trail"),
                        tr("The check found %n problem(s). Restore a backup or ask your IT contractor to look into it.",
                           nullptr, int(report.problems.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(report.problems.join(QLatin1Char('\n')));
        box.exec();
    }
}
