#include "personsarea.h"

#include "common/errormessage.h"
#include "common/icons.h"
#include "dossierview.h"
#include "personlistpage.h"
#include "services/privatecopies.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

PersonsArea::PersonsArea(Session &session, QWidget *parent)
    : Area(parent),
      m_session(session),
      m_copies(std::make_unique<PrivateCopies>()),
      m_tabs(new QTabWidget(this)),
      m_list(new PersonListPage(session, this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_list, tr("List"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);     // the list stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &PersonsArea::closeTab);
    connect(m_list, &PersonListPage::openDossierRequested, this, &PersonsArea::openDossier);
    auto *close = new QAction(tr("Close dossier"), this);
    close->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4) });
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    addAction(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

PersonsArea::~PersonsArea() = default;

QString PersonsArea::areaTitle()
{
    return tr("Persons");
}

QIcon PersonsArea::areaIcon()
{
    return Icons::persons();
}

DossierView *PersonsArea::openDossier(qint64 personId)
{
    for (int index = 1; index < m_tabs->count(); ++index) {
        auto *view = qobject_cast<DossierView *>(m_tabs->widget(index));
        if (view && view->personId() == personId) {
            m_tabs->setCurrentIndex(index);
            return view;
        }
    }
    try {
        const DossierReader::Dossier dossier = DossierReader(*m_session.database, m_session.scope).open(personId);
        auto *view = new DossierView(m_session, *m_copies, dossier, m_tabs);
        const int index = m_tabs->addTab(view, view->title());
        m_tabs->setTabToolTip(index, view->title());
        m_tabs->setCurrentIndex(index);
        connect(view, &DossierView::openDossierRequested, this, &PersonsArea::openDossier);
        connect(view, &DossierView::titleChanged, this, [this, view](const QString &title) {
            m_tabs->setTabText(m_tabs->indexOf(view), title);
        });
        view->view()->setFocus();
        return view;
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Open dossier"), error);
        return nullptr;
    }
}

void PersonsArea::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    view->deleteLater();
}
