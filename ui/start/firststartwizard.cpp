#include "firststartwizard.h"

#include "common/errormessage.h"
#include "common/organisationform.h"
#include "storage/storageerror.h"
#include "wizardadministratorpage.h"
#include "wizardorganisationpage.h"
#include "wizardschoolspage.h"

#include <QMessageBox>

FirstStartWizard::FirstStartWizard(bool needsOrganisation, Commit commit, QWidget *parent)
    : QWizard(parent),
      m_organisation(new WizardOrganisationPage(this)),
      m_schools(new WizardSchoolsPage(this)),
      m_administrator(new WizardAdministratorPage(this)),
      m_needsOrganisation(needsOrganisation),
      m_commit(std::move(commit))
{
    setWindowTitle(tr("Dossierkast — first start"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Start Dossierkast"));
    if (needsOrganisation) {
        addPage(m_organisation);
        addPage(m_schools);
    }
    addPage(m_administrator);
    resize(760, 560);
}

bool FirstStartWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentPage() != m_administrator)
        return true;
    const QString problem = m_administrator->problem();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, m_administrator->title(), problem);
        return false;
    }
    FirstStartSetup::Input input;
    input.withOrganisation = m_needsOrganisation;
    if (m_needsOrganisation) {
        input.organisation = m_organisation->form()->organisation();
        input.schools = m_schools->schools();
        input.logo = m_organisation->form()->logo();
    }
    input.administrator = m_administrator->administrator();
    input.password = m_administrator->password();
    try {
        setCursor(Qt::WaitCursor);
        m_commit(input);
        unsetCursor();
    } catch (const StorageError &error) {
        unsetCursor();
        ErrorMessage::show(this, tr("First start"), error);
        return false;
    }
    m_committed = true;
    return true;
}
