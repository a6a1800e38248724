#pragma once

#include "services/firststartsetup.h"

#include <QWizard>
#include <functional>

class WizardAdministratorPage;
class WizardOrganisationPage;
class WizardSchoolsPage;

// The first start: organisation, schools and administrator. Nothing is written until the last
// page is confirmed; then `commit` writes everything at once (and may refuse, with a message).
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    using Commit = std::function<void(const FirstStartSetup::Input &input)>;

    // With needsOrganisation false, the database already has its organisation and schools and
    // only the administrator is asked for.
    FirstStartWizard(bool needsOrganisation, Commit commit, QWidget *parent = nullptr);

    WizardOrganisationPage *organisationPage() const { return m_organisation; }
    WizardSchoolsPage *schoolsPage() const { return m_schools; }
    WizardAdministratorPage *administratorPage() const { return m_administrator; }
    // True after a successful commit.
    bool committed() const { return m_committed; }

protected:
    bool validateCurrentPage() override;

private:
    WizardOrganisationPage *m_organisation;
    WizardSchoolsPage *m_schools;
    WizardAdministratorPage *m_administrator;
    bool m_needsOrganisation;
    Commit m_commit;
    bool m_committed = false;
};
