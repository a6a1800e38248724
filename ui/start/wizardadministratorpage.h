#pragma once

#include "domain/user.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardAdministratorPage;
}

// First start, step 3: the administrator account.
class WizardAdministratorPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardAdministratorPage(QWidget *parent = nullptr);
    ~WizardAdministratorPage() override;
    User administrator() const;
    QString password() const;
    // A Dutch sentence when the account cannot be made as entered, else empty.
    QString problem() const;

private:
    std::unique_ptr<Ui::WizardAdministratorPage> m_ui;
};
