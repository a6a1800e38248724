#include "retentionpage.h"

#include "common/busywork.h"
#include "common/errormessage.h"
#include "common/icons.h"
#include "common/listview.h"
#include "domain/labels.h"
#include "legalholddialog.h"
#include "persons/personpicker.h"
#include "persons/pickpersondialog.h"
#include "services/retentionservice.h"
#include "services/lookup.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int HeldRole = Qt::UserRole + 2;
constexpr int SortRole = Qt::UserRole + 3;

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

// A cell that sorts by its date, not by its text.
QStandardItem *dateItem(const QDate &date)
{
    auto *item = new QStandardItem(day(date));
    item->setData(date.isValid() ? date.toString(Qt::ISODate) : QString(), SortRole);
    return item;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text, SortRole);
    item->setToolTip(text);
    return item;
}

QGroupBox *section(QWidget *parent, const QString &title, QToolBar *bar, QTableView *view)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    if (bar)
        layout->addWidget(bar);
    layout->addWidget(view);
    return box;
}

QSortFilterProxyModel *proxyOver(QStandardItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    return proxy;
}

} // namespace

RetentionPage::RetentionPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_due(new QStandardItemModel(this)),
      m_holds(new QStandardItemModel(this)),
      m_records(new QStandardItemModel(this)),
      m_dueProxy(proxyOver(m_due, this)),
      m_holdsProxy(proxyOver(m_holds, this)),
      m_recordsProxy(proxyOver(m_records, this)),
      m_dueView(new QTableView(this)),
      m_holdsView(new QTableView(this)),
      m_recordsView(new QTableView(this))
{
    m_due->setHorizontalHeaderLabels({ tr("Name"), tr("Kind"), tr("School"), tr("Left"), tr("Term ended"), tr("Why"),
                                       tr("Legal hold") });
    m_holds->setHorizontalHeaderLabels({ tr("Person"), tr("Reason"), tr("From"), tr("Until"), tr("State") });
    m_records->setHorizontalHeaderLabels({ tr("Destroyed on"), tr("By"), tr("Kind of dossier"), tr("Ground"),
                                           tr("Records"), tr("Attachments") });

    m_refresh = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_destroy = new QAction(Icons::remove(), tr("&Destroy the chosen dossiers…"), this);
    m_destroy->setToolTip(tr("Removes the chosen dossiers for good, after a confirmation that names them"));
    m_addHold = new QAction(Icons::add(), tr("&New legal hold…"), this);
    m_editHold = new QAction(Icons::edit(), tr("&Change or end the hold…"), this);
    for (QAction *action : { m_refresh, m_destroy, m_addHold, m_editHold })
        addAction(action);
    connect(m_refresh, &QAction::triggered, this, &RetentionPage::reload);
    connect(m_destroy, &QAction::triggered, this, &RetentionPage::destroySelected);
    connect(m_addHold, &QAction::triggered, this, &RetentionPage::addHold);
    connect(m_editHold, &QAction::triggered, this, &RetentionPage::editHold);

    auto *dueBar = new QToolBar(this);
    dueBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    dueBar->addAction(m_refresh);
    dueBar->addAction(m_destroy);
    auto *holdsBar = new QToolBar(this);
    holdsBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    holdsBar->addAction(m_addHold);
    holdsBar->addAction(m_editHold);

    ListView::setUp(m_dueView, m_dueProxy, QStringLiteral("retentionDue"), 4);
    m_dueView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dueView->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    ListView::setUp(m_holdsView, m_holdsProxy, QStringLiteral("legalHolds"), 0);
    m_holdsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ListView::setUp(m_recordsView, m_recordsProxy, QStringLiteral("destructionRecords"), 0);
    m_recordsView->sortByColumn(0, Qt::DescendingOrder);
    m_recordsView->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_dueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RetentionPage::updateActions);
    connect(m_holdsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RetentionPage::updateActions);
    connect(m_holdsView, &QTableView::activated, this, &RetentionPage::editHold);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(this, tr("Dossiers past their retention term"), dueBar, m_dueView));
    splitter->addWidget(section(this, tr("Legal holds (police or court cases)"), holdsBar, m_holdsView));
    splitter->addWidget(section(this, tr("Destroyed (no personal data is kept)"), nullptr, m_recordsView));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    reload();
}

void RetentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();   // terms run out by the day, and holds change elsewhere
}

void RetentionPage::reload()
{
    const QDate today = QDate::currentDate();
    m_due->removeRows(0, m_due->rowCount());
    m_holds->removeRows(0, m_holds->rowCount());
    m_records->removeRows(0, m_records->rowCount());
    try {
        for (const RetentionCandidate &c : RetentionService(*m_session.database, m_session.scope).review(today)) {
            auto *name = textItem(c.facts.name);
            name->setData(c.facts.personId, IdRole);
            name->setData(c.held(), HeldRole);
            QString hold;
            if (c.held())
                hold = c.facts.holdEnds.isValid() ? tr("until %1: %2").arg(day(c.facts.holdEnds), c.facts.holdReason)
                                                  : c.facts.holdReason;
            QList<QStandardItem *> row{ name, textItem(Labels::personKind(c.facts.kind)), textItem(c.facts.schoolName),
                                        dateItem(c.facts.leaveDate), dateItem(c.dueOn), textItem(c.reason), textItem(hold) };
            if (c.held())
                for (QStandardItem *item : row)
                    item->setForeground(QColor(Qt::darkGray));
            m_due->appendRow(row);
        }
        const Lookup holds(m_session);
        m_holdList = holds.legalHolds();
        for (const LegalHold &h : std::as_const(m_holdList)) {
            auto *person = textItem(h.personName);
            person->setData(h.id, IdRole);
            m_holds->appendRow({ person, textItem(h.reason), dateItem(h.startsOn), dateItem(h.endsOn),
                                 textItem(h.activeOn(today) ? tr("in force") : h.startsOn > today ? tr("not yet") : tr("ended")) });
        }
        for (const DestructionRecord &r : holds.destructionRecords()) {
            auto *when = new QStandardItem(r.destroyedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
            when->setData(r.destroyedAt.toString(Qt::ISODate), SortRole);
            auto *rows = new QStandardItem(QString::number(r.rowsRemoved));
            rows->setData(r.rowsRemoved, SortRole);
            auto *files = new QStandardItem(QString::number(r.attachmentsRemoved));
            files->setData(r.attachmentsRemoved, SortRole);
            m_records->appendRow({ when, textItem(r.userLogin.isEmpty() ? tr("(the program)") : r.userLogin),
                                   textItem(Labels::ofCode<PersonKind>(r.dossierKind, Labels::personKind)), textItem(r.ground),
                                   rows, files });
        }
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Retention"), error);
    }
    updateActions();
}

QList<qint64> RetentionPage::selectedDue() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_dueView->selectionModel()->selectedRows())
        ids.append(m_dueProxy->mapToSource(index).siblingAtColumn(0).data(IdRole).toLongLong());
    return ids;
}

void RetentionPage::updateActions()
{
    bool anyHeld = false;
    const QModelIndexList rows = m_dueView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        anyHeld = anyHeld || m_dueProxy->mapToSource(index).siblingAtColumn(0).data(HeldRole).toBool();
    m_destroy->setEnabled(!rows.isEmpty() && !anyHeld);
    m_destroy->setToolTip(anyHeld ? tr("A dossier under a legal hold cannot be destroyed")
                                  : tr("Removes the chosen dossiers for good, after a confirmation that names them"));
    m_editHold->setEnabled(m_holdsView->selectionModel()->hasSelection());
}

void RetentionPage::destroySelected()
{
    const QList<qint64> ids = selectedDue();
    if (ids.isEmpty())
        return;
    const QDate today = QDate::currentDate();
    RetentionService service(*m_session.database, m_session.scope);
    RetentionService::Preview preview;
    try {
        preview = service.preview(ids, today);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Destroy dossiers"), error);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Destroy dossiers"),
                    tr("These %n dossier(s) will be destroyed for good:", nullptr, int(preview.people.size())), QMessageBox::NoButton,
                    this);
    QString details = QStringLiteral("• ") + preview.people.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n");
    details += tr("%n record(s) will be removed, ", nullptr, preview.rows)
               + tr("among them %n case(s) as a whole ", nullptr, preview.incidents)
               + tr("and %n attachment(s). ", nullptr, preview.attachments)
               + tr("In %n record(s) that stay (cases shared with others, letters in other dossiers) their names are "
                    "replaced by their role.", nullptr, preview.rewritten);
    details += QStringLiteral("\n\n") + tr("A destruction record without personal data is kept. This cannot be undone. Backups "
                                           "made before today still hold the data until they are cleared away.");
    box.setInformativeText(details);
    QPushButton *confirm = box.addButton(tr("Destroy for good"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;

    RetentionService::Result result;
    try {
        BusyWork::run(this, tr("Destroy dossiers"), tr("Destroying the dossiers and clearing the database file…"),
                      [&] { result = service.destroy(ids, today); });
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Destroy dossiers"), error);
        reload();
        return;
    }
    reload();
    QMessageBox::information(this, tr("Destroy dossiers"),
                             tr("%n dossier(s) destroyed; ", nullptr, result.persons)
                                 + tr("%n record(s) removed in all.", nullptr, result.rows));
}

void RetentionPage::addHold()
{
    PickPersonDialog pick(m_session, tr("Legal hold: choose the person"), false, this);
    pick.picker()->setIncludeLeft(true);
    if (pick.exec() != QDialog::Accepted)
        return;
    LegalHold hold;
    hold.personId = pick.person().id;
    hold.personName = pick.person().displayName();
    LegalHoldDialog dialog(hold, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LegalHold entered = dialog.hold();
    if (saveHold(entered, tr("New legal hold")))
        reload();
}

bool RetentionPage::saveHold(LegalHold &hold, const QString &title)
{
    try {
        RetentionService(*m_session.database, m_session.scope).saveHold(hold);
        return true;
    } catch (const StorageError &error) {
        ErrorMessage::show(this, title, error);
        return false;
    }
}

void RetentionPage::editHold()
{
    const QModelIndex current = m_holdsView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_holdsProxy->mapToSource(current).siblingAtColumn(0).data(IdRole).toLongLong();
    for (const LegalHold &h : std::as_const(m_holdList)) {
        if (h.id != id)
            continue;
        LegalHoldDialog dialog(h, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        LegalHold entered = dialog.hold();
        if (saveHold(entered, tr("Legal hold")))
            reload();
        return;
    }
}
