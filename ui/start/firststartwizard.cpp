#include "firststartwizard.h"

#include "common/errormessage.h"
#include "common/organisationform.h"
#include "domain/storageerror.h"
#include "admin/recoverysheetdialog.h"
#include "reports/recoverysheet.h"
#include "wizardadministratorpage.h"
#include "wizardbackuppage.h"
#include "wizardconnectionpage.h"
#include "wizardorganisationpage.h"
#include "wizardschoolspage.h"

#include <QMessageBox>

FirstStartWizard::FirstStartWizard(WizardConnectionPage *connection, Commit commit, QWidget *parent)
    : FirstStartWizard(true, std::move(commit), parent)
{
    m_connection = connection;
    m_connection->setParent(this);
    setPage(ConnectionPageId, m_connection);
    setStartId(ConnectionPageId);
}

FirstStartWizard::FirstStartWizard(bool needsOrganisation, Commit commit, QWidget *parent)
    : QWizard(parent),
      m_organisation(new WizardOrganisationPage(this)),
      m_schools(new WizardSchoolsPage(this)),
      m_backup(new WizardBackupPage(this)),
      m_administrator(new WizardAdministratorPage(this)),
      m_needsOrganisation(needsOrganisation),
      m_commit(std::move(commit))
{
    setWindowTitle(tr("Dossierkast — first start"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Start Dossierkast"));
    setPage(OrganisationPageId, m_organisation);
    setPage(SchoolsPageId, m_schools);
    setPage(BackupPageId, m_backup);
    setPage(AdministratorPageId, m_administrator);
    setStartId(needsOrganisation ? OrganisationPageId : AdministratorPageId);
    resize(760, 600);
}

bool FirstStartWizard::needsOrganisation() const
{
    return m_connection ? m_connection->needsOrganisation() : m_needsOrganisation;
}

bool FirstStartWizard::existingChosen() const
{
    return m_connection && m_connection->alreadySetUp();
}

int FirstStartWizard::nextId() const
{
    switch (currentId()) {
    case ConnectionPageId:
        if (existingChosen())
            return -1;
        return needsOrganisation() ? OrganisationPageId : AdministratorPageId;
    case OrganisationPageId:
        return SchoolsPageId;
    case SchoolsPageId:
        return BackupPageId;
    case BackupPageId:
        return AdministratorPageId;
    default:
        return -1;
    }
}

bool FirstStartWizard::validateCurrentPage()
{
    if (m_finishingEarly)
        return true;    // QWizard::done() validates once more; the choice was already made
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentPage() == m_connection && existingChosen()) {
        // Nothing to set up: end here; the program asks for a login.
        m_finishingEarly = true;
        QMetaObject::invokeMethod(this, &QDialog::accept, Qt::QueuedConnection);
        return false;
    }
    if (currentPage() != m_administrator)
        return true;
    const QString problem = m_administrator->problem();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, m_administrator->title(), problem);
        return false;
    }
    FirstStartSetup::Input input;
    input.withOrganisation = needsOrganisation();
    if (input.withOrganisation) {
        input.organisation = m_organisation->form()->organisation();
        input.schools = m_schools->schools();
        input.logo = m_organisation->form()->logo();
    }
    input.administrator = m_administrator->administrator();
    input.password = m_administrator->password();
    const QString passphrase = input.withOrganisation ? m_backup->passphrase() : QString();
    try {
        setCursor(Qt::WaitCursor);
        if (!passphrase.isEmpty())
            input.backupKey = SealedBackup::deriveKey(passphrase);
        m_commit(input);
        unsetCursor();
    } catch (const StorageError &error) {
        unsetCursor();
        ErrorMessage::show(this, tr("First start"), error);
        return false;
    }
    m_committed = true;
    if (input.backupKey) {
        RecoverySheetDialog sheet(RecoverySheet::html(*input.backupKey, passphrase, input.organisation.name), this);
        sheet.exec();
    }
    return true;
}
