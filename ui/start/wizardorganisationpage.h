#pragma once

#include <QWizardPage>

class OrganisationForm;

// First start, step 1: the board's name, address and letterhead.
class WizardOrganisationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardOrganisationPage(QWidget *parent = nullptr);
    OrganisationForm *form() const { return m_form; }
    bool validatePage() override;

private:
    OrganisationForm *m_form;
};
