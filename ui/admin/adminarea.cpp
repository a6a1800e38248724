#include "adminarea.h"

#include "auditpage.h"
#include "backuppage.h"
#include "common/icons.h"
#include "databasepage.h"
#include "ladderspage.h"
#include "letterspage.h"
#include "organisationpage.h"
#include "protocolpage.h"
#include "retentionpage.h"
#include "settingspage.h"
#include "userspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

AdminArea::AdminArea(Session &session, QWidget *parent)
    : Area(parent),
      m_tabs(new QTabWidget(this)),
      m_organisation(new OrganisationPage(session, this)),
      m_users(new UsersPage(session, this)),
      m_protocol(new ProtocolPage(session, this)),
      m_ladders(new LaddersPage(session, this)),
      m_letters(new LettersPage(session, this)),
      m_settings(new SettingsPage(session, this)),
      m_database(new DatabasePage(session, this)),
      m_audit(session.isAdministrator() ? new AuditPage(session, this) : nullptr),
      m_retention(session.isAdministrator() ? new RetentionPage(session, this) : nullptr),
      m_backup(session.isAdministrator() ? new BackupPage(session, this) : nullptr)
{
    // Ten pages do not fit side by side on a laptop: the tab bar scrolls instead of widening the window.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_organisation, tr("&Organisation and schools"));
    m_tabs->addTab(m_users, session.isAdministrator() ? tr("&Users") : tr("&Your account"));
    m_tabs->addTab(m_settings, tr("Se&ttings"));
    m_tabs->addTab(m_protocol, tr("&Protocol"));
    m_tabs->addTab(m_ladders, tr("&Ladders and holidays"));
    m_tabs->addTab(m_letters, tr("Le&tters"));
    if (session.isAdministrator()) {
        m_tabs->addTab(m_database, tr("&Database"));
        m_tabs->addTab(m_backup, tr("&Backup"));
        m_tabs->addTab(m_retention, tr("&Retention"));
        connect(m_backup, &BackupPage::restartRequested, this, &AdminArea::restartRequested);
        m_tabs->addTab(m_audit, tr("&Audit trail"));
    } else {
        m_database->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QString AdminArea::areaTitle()
{
    return tr("Administration");
}

QIcon AdminArea::areaIcon()
{
    return Icons::administration();
}

bool AdminArea::hasUnsavedChanges() const
{
    return m_organisation->hasUnsavedChanges() || m_settings->hasUnsavedChanges();
}
