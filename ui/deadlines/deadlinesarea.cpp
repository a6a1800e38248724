#include "deadlinesarea.h"

#include "services/lookup.h"
#include "common/icons.h"
#include "common/listview.h"
#include "domain/labels.h"
#include "measures/actiondialogs.h"
#include "models/deadlinelistmodel.h"
#include "persons/pickpersondialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

DeadlinesArea::DeadlinesArea(Session &session, QWidget *parent)
    : Area(parent),
      m_session(session),
      m_model(new DeadlineListModel(*session.database, session.scope, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_school(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_responsible(new QComboBox(this)),
      m_person(new QToolButton(this)),
      m_count(new QLabel(this))
{
    m_done = new QAction(Icons::save(), tr("&Done…"), this);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_notNeeded = new QAction(tr("&Not needed…"), this);
    m_open = new QAction(Icons::open(), tr("&Open case"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    for (QAction *action : { m_done, m_notNeeded, m_open }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    const auto selected = [this]() -> std::optional<Action> {
        const int row = currentRow();
        return row >= 0 ? std::optional<Action>(m_model->action(row)) : std::nullopt;
    };
    connect(m_done, &QAction::triggered, this, [this, selected] {
        if (const auto action = selected())
            ActionDialogs::markDone(this, m_session, *action);
    });
    connect(m_notNeeded, &QAction::triggered, this, [this, selected] {
        if (const auto action = selected())
            ActionDialogs::markNotNeeded(this, m_session, *action);
    });
    connect(m_open, &QAction::triggered, this, [this, selected] {
        if (const auto action = selected(); action && action->incidentId > 0)
            emit openIncidentRequested(action->incidentId);
    });
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : { m_done, m_notNeeded, m_open })
        bar->addAction(action);

    m_school->addItem(tr("All schools"), qint64(0));
    for (const School &school : Lookup(session).schools())
        m_school->addItem(school.name, school.id);
    m_kind->addItem(tr("All kinds"), -1);
    for (int value = 0; value <= int(ActionKind::Overig); ++value)
        m_kind->addItem(Labels::actionKind(ActionKind(value)), value);
    m_responsible->addItem(tr("Everyone"), qint64(0));
    for (const User &user : Lookup(session).everyUser())
        m_responsible->addItem(user.displayName, user.id);
    m_person->setText(tr("Everyone"));
    m_person->setPopupMode(QToolButton::InstantPopup);
    auto *personMenu = new QMenu(m_person);
    personMenu->addAction(tr("Choose a person…"), this, [this] {
        PickPersonDialog dialog(m_session, tr("Terms of a person"), false, this);
        if (dialog.exec() == QDialog::Accepted)
            setPerson(dialog.person().id, dialog.person().sortName());
    });
    personMenu->addAction(tr("Everyone"), this, [this] { setPerson(0, QString()); });
    m_person->setMenu(personMenu);
    for (QComboBox *combo : { m_school, m_kind, m_responsible })
        connect(combo, &QComboBox::currentIndexChanged, this, &DeadlinesArea::applyFilter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeadlineListModel::SortRole);
    ListView::setUp(m_view, m_proxy, QStringLiteral("deadlines"), DeadlineListModel::Due);
    m_view->horizontalHeader()->setSectionResizeMode(DeadlineListModel::Title, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeadlinesArea::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeadlinesArea::updateActions);

    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget, 1);
    };
    labelled(tr("Sc&hool:"), m_school);
    labelled(tr("Pe&rson:"), m_person);
    labelled(tr("&Kind:"), m_kind);
    labelled(tr("&Responsible:"), m_responsible);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    updateActions();
}

QString DeadlinesArea::areaTitle()
{
    return tr("Terms");
}

QIcon DeadlinesArea::areaIcon()
{
    return Icons::deadlines();
}

void DeadlinesArea::setPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_person->setText(personId > 0 ? name : tr("Everyone"));
    applyFilter();
}

void DeadlinesArea::applyFilter()
{
    DeadlineFilter filter;
    filter.schoolId = m_school->currentData().toLongLong();
    const int kind = m_kind->currentData().toInt();
    filter.kind = kind >= 0 ? std::optional<ActionKind>(ActionKind(kind)) : std::nullopt;
    filter.responsibleUserId = m_responsible->currentData().toLongLong();
    filter.personId = m_personId;
    m_model->setFilter(filter);
}

int DeadlinesArea::currentRow() const
{
    return ListView::currentSourceRow(m_view, m_proxy);
}

void DeadlinesArea::updateActions()
{
    const int row = currentRow();
    const bool closes = row >= 0 && ActionDialogs::mayClose(m_session, m_model->action(row));
    m_done->setEnabled(closes);
    m_notNeeded->setEnabled(closes);
    m_open->setEnabled(row >= 0 && m_model->action(row).incidentId > 0);
    const DeadlineCounts counts = m_model->counts();
    QString text = tr("%n open term(s)", nullptr, counts.total) + QStringLiteral(" · ") + tr("%n overdue", nullptr, counts.overdue)
                   + QStringLiteral(" · ") + tr("%n due this week", nullptr, counts.thisWeek);
    if (m_model->isCut())
        text += QStringLiteral(" · ") + tr("the soonest %n shown; narrow the filter to see the others", nullptr, m_model->rowCount());
    m_count->setText(text);
}
