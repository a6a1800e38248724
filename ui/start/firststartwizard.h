#pragma once

#include "services/firststartsetup.h"

#include <QWizard>
#include <functional>

class WizardAdministratorPage;
class WizardBackupPage;
class WizardConnectionPage;
class WizardOrganisationPage;
class WizardSchoolsPage;

// The first start: the database, organisation, schools, backup passphrase and administrator. Nothing is written
// until the last page is confirmed; then `commit` writes everything at once (and may refuse,
// with a message). Choosing a database that is already set up ends the wizard early.
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    using Commit = std::function<void(const FirstStartSetup::Input &input)>;

    enum PageId { ConnectionPageId, OrganisationPageId, SchoolsPageId, BackupPageId, AdministratorPageId };

    // `connection` is the database page, made by the caller who knows how to inspect databases.
    FirstStartWizard(WizardConnectionPage *connection, Commit commit, QWidget *parent = nullptr);
    // Without a connection page (tests): the organisation pages are asked when needsOrganisation.
    FirstStartWizard(bool needsOrganisation, Commit commit, QWidget *parent = nullptr);

    int nextId() const override;
    WizardConnectionPage *connectionPage() const { return m_connection; }
    WizardOrganisationPage *organisationPage() const { return m_organisation; }
    WizardSchoolsPage *schoolsPage() const { return m_schools; }
    WizardAdministratorPage *administratorPage() const { return m_administrator; }
    WizardBackupPage *backupPage() const { return m_backup; }
    // True after a successful commit.
    bool committed() const { return m_committed; }
    // True when the chosen database was already set up: log in instead.
    bool existingChosen() const;

protected:
    bool validateCurrentPage() override;

private:
    bool needsOrganisation() const;

    WizardConnectionPage *m_connection = nullptr;
    WizardOrganisationPage *m_organisation;
    WizardSchoolsPage *m_schools;
    WizardBackupPage *m_backup;
    WizardAdministratorPage *m_administrator;
    bool m_needsOrganisation;
    Commit m_commit;
    bool m_committed = false;
    bool m_finishingEarly = false;
};
