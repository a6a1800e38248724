#include "passworddialog.h"

#include "common/formmessage.h"
#include "domain/passwordpolicy.h"
#include "ui_passworddialog.h"

PasswordDialog::PasswordDialog(Mode mode, const QString &login, Apply apply, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_mode(mode), m_login(login), m_apply(std::move(apply))
{
    m_ui->setupUi(this);
    m_ui->ruleLabel->setText(tr("At least %1 characters, with letters and at least one digit or symbol, "
                                "not containing the login name.").arg(PasswordPolicy::MinimumLength));
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    const bool askCurrent = mode == Mode::Change;
    m_ui->currentEdit->setVisible(askCurrent);
    m_ui->currentEditLabel->setVisible(askCurrent);
    switch (mode) {
    case Mode::Change:
        setWindowTitle(tr("Change your password"));
        m_ui->introLabel->setText(tr("Choose a new password for %1.").arg(login));
        m_ui->currentEdit->setFocus();
        break;
    case Mode::Forced:
        setWindowTitle(tr("Choose a new password"));
        m_ui->introLabel->setText(tr("An administrator has reset your password. Choose a new one to continue."));
        m_ui->newEdit->setFocus();
        break;
    case Mode::Reset:
        setWindowTitle(tr("Reset password"));
        m_ui->introLabel->setText(tr("Set a temporary password for %1. They must choose a new password at their "
                                     "next login.").arg(login));
        m_ui->newEditLabel->setText(tr("&Temporary password:"));
        m_ui->newEdit->setFocus();
        break;
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasswordDialog::~PasswordDialog() = default;

void PasswordDialog::attempt()
{
    QString problem;
    if (m_ui->newEdit->text() != m_ui->repeatEdit->text())
        problem = tr("The two new passwords are not the same.");
    else
        problem = PasswordPolicy::problem(m_ui->newEdit->text(), m_login);
    if (problem.isEmpty())
        problem = m_apply(m_ui->currentEdit->text(), m_ui->newEdit->text());
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
}
