#include "incidentlistpage.h"

#include "services/lookup.h"
#include "common/icons.h"
#include "common/listview.h"
#include "common/viewstate.h"
#include "domain/incidentrules.h"
#include "domain/labels.h"
#include "incidentdialog.h"
#include "models/incidentlistmodel.h"
#include "persons/dossierview.h"
#include "persons/pickpersondialog.h"
#include "services/incidentservice.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// What the filters show at first: the open cases ("Open cases" is the status filter's first choice).
IncidentFilter openCases()
{
    IncidentFilter filter;
    filter.openOnly = true;
    return filter;
}

} // namespace

IncidentListPage::IncidentListPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_model(new IncidentListModel(*session.database, session.scope, openCases(), this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_school(new QComboBox(this)),
      m_period(new QComboBox(this)),
      m_platform(new QComboBox(this)),
      m_article(new QComboBox(this)),
      m_severity(new QComboBox(this)),
      m_person(new QToolButton(this)),
      m_statusBar(new QStatusBar(this)),
      m_searchDelay(new QTimer(this))
{
    m_add = new QAction(Icons::add(), tr("&New incident…"), this);
    m_add->setShortcut(QKeySequence::New);
    m_open = new QAction(Icons::open(), tr("&Open case"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    for (QAction *action : { m_add, m_open }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_add, &QAction::triggered, this, &IncidentListPage::addIncident);
    connect(m_open, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            emit openIncidentRequested(m_model->incident(index.row()).id);
    });
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_add);
    bar->addAction(m_open);

    createFilters();
    const bool remembered = ListView::setUp(m_view, m_model, QStringLiteral("incidents"), IncidentListModel::ReportedAt,
                                            Qt::DescendingOrder, { IncidentListModel::OccurredAt });
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &IncidentListPage::showColumnMenu);
    if (!remembered) {
        for (int column : { int(IncidentListModel::Reference), int(IncidentListModel::ReportedAt),
                            int(IncidentListModel::School), int(IncidentListModel::Platform),
                            int(IncidentListModel::Severity), int(IncidentListModel::Status) })
            m_view->setColumnWidth(column, 130);
    }
    connect(m_view, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_model, &IncidentListModel::totalCountChanged, this, &IncidentListPage::updateCounts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    auto *filters = new QGridLayout;
    const auto labelled = [this, filters](int row, int column, const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(widget, row, column * 2 + 1);
    };
    filters->addWidget(m_search, 0, 0, 1, 2);
    labelled(0, 1, tr("Sta&tus:"), m_status);
    labelled(0, 2, tr("Sc&hool:"), m_school);
    labelled(0, 3, tr("Se&verity:"), m_severity);
    labelled(1, 0, tr("&Period:"), m_period);
    labelled(1, 1, tr("P&latform:"), m_platform);
    labelled(1, 2, tr("&Article:"), m_article);
    labelled(1, 3, tr("Pe&rson:"), m_person);
    for (int column : { 1, 3, 5, 7 })
        filters->setColumnStretch(column, 1);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_statusBar);
    applyFilter();
    updateCounts();     // the model was filled before it could say so
}

void IncidentListPage::createFilters()
{
    m_search->setPlaceholderText(tr("Search in titles, descriptions, notes and names…"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("Open cases"), -2);
    m_status->addItem(tr("All"), -1);
    for (int value = 0; value <= int(IncidentStatus::GeenActie); ++value)
        m_status->addItem(Labels::incidentStatus(IncidentStatus(value)), value);
    m_school->addItem(tr("All schools"), qint64(0));
    for (const School &school : Lookup(m_session).schools())
        m_school->addItem(school.name, school.id);
    m_severity->addItem(tr("All"), -1);
    for (int value = 0; value <= int(Severity::ZeerErnstig); ++value)
        m_severity->addItem(Labels::severity(Severity(value)), value);
    m_platform->addItem(tr("All"), -1);
    for (int value = 0; value <= int(Platform::Anders); ++value)
        m_platform->addItem(Labels::platform(Platform(value)), value);
    m_article->addItem(tr("All"), QString());
    if (const auto protocol = Lookup(m_session).protocolInForceOn(QDate::currentDate()))
        for (const ProtocolArticle &a : protocol->articles)
            m_article->addItem(QStringLiteral("%1 %2").arg(a.code, a.title), a.code);
    const QList<std::pair<DossierView::Period, QString>> periods{
        { DossierView::Period::All, tr("Everything") },
        { DossierView::Period::LastThreeMonths, tr("Last three months") },
        { DossierView::Period::LastYear, tr("Last twelve months") },
        { DossierView::Period::ThisSchoolYear, tr("This school year") },
        { DossierView::Period::LastSchoolYear, tr("Last school year") } };
    for (const auto &[period, label] : periods)
        m_period->addItem(label, int(period));
    m_person->setText(tr("Everyone"));
    m_person->setPopupMode(QToolButton::InstantPopup);
    auto *personMenu = new QMenu(m_person);
    personMenu->addAction(tr("Choose a person…"), this, &IncidentListPage::choosePerson);
    personMenu->addAction(tr("Everyone"), this, [this] { setPerson(0, QString()); });
    m_person->setMenu(personMenu);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &IncidentListPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &IncidentListPage::applySearchNow);
    for (QComboBox *combo : { m_status, m_school, m_period, m_platform, m_article, m_severity })
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentListPage::applyFilter);
}

void IncidentListPage::applySearchNow()
{
    // Enter: the list follows at once; a single hit opens, several put the keyboard in the list.
    m_searchDelay->stop();
    applyFilter();
    if (m_model->rowCount() == 1) {
        emit openIncidentRequested(m_model->incident(0).id);
    } else if (m_model->rowCount() > 1) {
        m_view->setFocus();
        m_view->selectRow(0);
    }
}

void IncidentListPage::setPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_person->setText(personId > 0 ? name : tr("Everyone"));
    applyFilter();
}

void IncidentListPage::choosePerson()
{
    PickPersonDialog dialog(m_session, tr("Incidents of a person"), false, this);
    if (dialog.exec() == QDialog::Accepted)
        setPerson(dialog.person().id, dialog.person().sortName());
}

void IncidentListPage::applyFilter()
{
    IncidentFilter filter = m_model->filter();
    const int status = m_status->currentData().toInt();
    filter.openOnly = status == -2;
    filter.status = status >= 0 ? std::optional<IncidentStatus>(IncidentStatus(status)) : std::nullopt;
    filter.schoolId = m_school->currentData().toLongLong();
    const int severity = m_severity->currentData().toInt();
    filter.severity = severity >= 0 ? std::optional<Severity>(Severity(severity)) : std::nullopt;
    const int platform = m_platform->currentData().toInt();
    filter.platform = platform >= 0 ? std::optional<Platform>(Platform(platform)) : std::nullopt;
    filter.articleCode = m_article->currentData().toString();
    const auto [from, to] = DossierView::range(DossierView::Period(m_period->currentData().toInt()), QDate::currentDate());
    filter.from = from;
    filter.to = to;
    filter.personId = m_personId;
    filter.search = m_search->text();
    // Unchanged (as at the start, when the list already holds the default): nothing to read;
    // changes made meanwhile reach the list through the change notifier.
    if (filter != m_model->filter())
        m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void IncidentListPage::updateCounts()
{
    IncidentFilter open = m_model->filter();
    open.openOnly = true;
    const int openCount = open.status && IncidentRules::isClosed(*open.status)
                              ? 0
                              : Lookup(m_session).incidentCount(open);
    m_statusBar->showMessage(tr("%n incident(s) shown", nullptr, m_model->totalCount()) + QStringLiteral(" · ")
                             + tr("%n open", nullptr, openCount));
}

void IncidentListPage::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    for (int column = 0; column < IncidentListModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        // The reference and title always stay, so a row can be recognised.
        action->setEnabled(column != IncidentListModel::Reference && column != IncidentListModel::Title);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->setColumnHidden(column, !shown);
            ViewState::save(m_view->horizontalHeader(), QStringLiteral("incidents"));
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

void IncidentListPage::addIncident()
{
    const qint64 school = m_school->currentData().toLongLong() > 0 ? m_school->currentData().toLongLong()
                          : m_session.user.schoolIds.isEmpty()     ? 0
                                                                   : m_session.user.schoolIds.first();
    Incident fresh = IncidentService(*m_session.database, m_session.scope).draft(school);
    IncidentDialog dialog(m_session, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        emit openIncidentRequested(dialog.savedId());
}
