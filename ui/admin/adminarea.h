#pragma once

#include "common/area.h"
#include "services/session.h"

class AuditPage;
class BackupPage;
class DatabasePage;
class LaddersPage;
class LettersPage;
class OrganisationPage;
class ProtocolPage;
class RetentionPage;
class QTabWidget;
class SettingsPage;
class UsersPage;

// Beheer: organisation and schools, users, settings, the protocol, ladders and holidays, letter templates, the database.
class AdminArea : public Area
{
    Q_OBJECT

public:
    AdminArea(Session &session, QWidget *parent = nullptr);
    // Also before the area is made: the main window lists it and makes it when first shown.
    static QString areaTitle();
    static QIcon areaIcon();
    QString title() const override { return areaTitle(); }
    QIcon icon() const override { return areaIcon(); }
    bool hasUnsavedChanges() const override;

signals:
    // Beheer → Back-up chose a backup to put back: the program starts again to do it.
    void restartRequested();

public:

    QTabWidget *tabs() const { return m_tabs; }
    OrganisationPage *organisationPage() const { return m_organisation; }
    UsersPage *usersPage() const { return m_users; }
    SettingsPage *settingsPage() const { return m_settings; }
    ProtocolPage *protocolPage() const { return m_protocol; }
    LaddersPage *laddersPage() const { return m_ladders; }
    LettersPage *lettersPage() const { return m_letters; }
    DatabasePage *databasePage() const { return m_database; }
    // Null unless the user is an administrator.
    AuditPage *auditPage() const { return m_audit; }
    RetentionPage *retentionPage() const { return m_retention; }
    BackupPage *backupPage() const { return m_backup; }

private:
    QTabWidget *m_tabs;
    OrganisationPage *m_organisation;
    UsersPage *m_users;
    ProtocolPage *m_protocol;
    LaddersPage *m_ladders;
    LettersPage *m_letters;
    SettingsPage *m_settings;
    DatabasePage *m_database;
    AuditPage *m_audit;
    RetentionPage *m_retention;
    BackupPage *m_backup;
};
