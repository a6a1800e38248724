#include "incidentsarea.h"

#include "services/lookup.h"
#include "caseview.h"
#include "common/errormessage.h"
#include "common/icons.h"
#include "incidentlistpage.h"
#include "services/privatecopies.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

IncidentsArea::IncidentsArea(Session &session, QWidget *parent)
    : Area(parent),
      m_session(session),
      m_copies(std::make_unique<PrivateCopies>()),
      m_tabs(new QTabWidget(this)),
      m_list(new IncidentListPage(session, this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_list, tr("List"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &IncidentsArea::closeTab);
    connect(m_list, &IncidentListPage::openIncidentRequested, this, &IncidentsArea::openCase);
    auto *close = new QAction(tr("Close case"), this);
    close->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4) });
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    addAction(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

IncidentsArea::~IncidentsArea() = default;

QString IncidentsArea::areaTitle()
{
    return tr("Incidents");
}

QIcon IncidentsArea::areaIcon()
{
    return Icons::incidents();
}

CaseView *IncidentsArea::openCase(qint64 incidentId)
{
    for (int index = 1; index < m_tabs->count(); ++index) {
        auto *view = qobject_cast<CaseView *>(m_tabs->widget(index));
        if (view && view->incidentId() == incidentId) {
            m_tabs->setCurrentIndex(index);
            return view;
        }
    }
    std::optional<Incident> incident;
    try {
        incident = Lookup(m_session).requireIncident(incidentId);
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Open case"), error);
        return nullptr;
    }
    auto *view = new CaseView(m_session, *m_copies, *incident, m_tabs);
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, incident->title);
    m_tabs->setCurrentIndex(index);
    connect(view, &CaseView::openIncidentRequested, this, &IncidentsArea::openCase);
    connect(view, &CaseView::openDossierRequested, this, &IncidentsArea::openDossierRequested);
    connect(view, &CaseView::titleChanged, this, [this, view](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(view), title);
    });
    view->tabs()->setFocus();
    return view;
}

void IncidentsArea::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    view->deleteLater();
}
