#include "wizardorganisationpage.h"

#include "common/organisationform.h"

#include <QMessageBox>
#include <QVBoxLayout>

WizardOrganisationPage::WizardOrganisationPage(QWidget *parent) : QWizardPage(parent), m_form(new OrganisationForm(this))
{
    setTitle(tr("Organisation"));
    setSubTitle(tr("The school board whose dossiers are kept here. Its name, address and logo head every letter "
                   "and summary."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
}

bool WizardOrganisationPage::validatePage()
{
    const QString problem = m_form->problem();
    if (problem.isEmpty())
        return true;
    QMessageBox::warning(this, title(), problem);
    return false;
}
