#include "wizardadministratorpage.h"

#include "domain/passwordpolicy.h"
#include "ui_wizardadministratorpage.h"


WizardAdministratorPage::WizardAdministratorPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::WizardAdministratorPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Administrator"));
    setSubTitle(tr("The first account. It manages users, schools, settings and backups, and can see everything."));
    m_ui->ruleLabel->setText(tr("Password: at least %1 characters, with letters and at least one digit or symbol, "
                                "not containing the login name.").arg(PasswordPolicy::MinimumLength));
    m_ui->loginEdit->setText(QStringLiteral("beheerder"));
}

WizardAdministratorPage::~WizardAdministratorPage() = default;

User WizardAdministratorPage::administrator() const
{
    User u;
    u.login = m_ui->loginEdit->text().trimmed();
    u.displayName = m_ui->displayNameEdit->text().trimmed();
    u.email = m_ui->emailEdit->text().trimmed();
    u.role = UserRole::Beheerder;
    return u;
}

QString WizardAdministratorPage::password() const
{
    return m_ui->passwordEdit->text();
}

QString WizardAdministratorPage::problem() const
{
    if (m_ui->displayNameEdit->text().trimmed().isEmpty())
        return tr("Enter the administrator's name.");
    const QString login = User::loginProblem(m_ui->loginEdit->text().trimmed());
    if (!login.isEmpty())
        return login;
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text())
        return tr("The two passwords are not the same.");
    return PasswordPolicy::problem(m_ui->passwordEdit->text(), m_ui->loginEdit->text().trimmed());
}
