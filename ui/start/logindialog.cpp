#include "logindialog.h"

#include "common/formmessage.h"
#include "ui_logindialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>

LoginDialog::LoginDialog(Database &db, QWidget *parent)
    : LoginDialog([&db](const QString &login, const QString &password) { return Authenticator(db).login(login, password); },
                  parent)
{
}

LoginDialog::LoginDialog(Attempt attempt, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_attempt(std::move(attempt))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Log in with your Dossierkast account."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    // A shared office PC names nobody unless the user asked it to remember them (off by default).
    m_remember = new QCheckBox(tr("&Remember my login name on this PC"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_ui->formLayout->addRow(m_remember);
    const QString remembered = QSettings().value(QStringLiteral("login/last")).toString();
    m_remember->setChecked(!remembered.isEmpty());
    m_ui->loginEdit->setText(remembered);
    (m_ui->loginEdit->text().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUnlockMode(const QString &login, const QString &displayName, bool byUser)
{
    setWindowTitle(tr("Dossierkast — locked"));
    m_ui->introLabel->setText(byUser ? tr("The window is locked. %1, enter your password to continue; nothing you "
                                          "were doing is lost.").arg(displayName)
                                     : tr("The window was locked after a period without use. %1, enter your password "
                                          "to continue; nothing you were doing is lost.").arg(displayName));
    m_remember->hide();
    m_ui->loginEdit->setText(login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit Dossierkast"));
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::attempt()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    if (login.isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        m_ui->messageLabel->setText(tr("Enter your login name and password."));
        m_ui->messageLabel->show();
        return;
    }
    setCursor(Qt::WaitCursor);
    m_result = m_attempt(login, m_ui->passwordEdit->text());
    unsetCursor();
    if (m_result.outcome == Authenticator::Outcome::LoggedIn) {
        if (m_remember->isVisibleTo(this)) {
            if (m_remember->isChecked())
                QSettings().setValue(QStringLiteral("login/last"), login);
            else
                QSettings().remove(QStringLiteral("login/last"));
        }
        accept();
        return;
    }
    m_ui->messageLabel->setText(m_result.message);
    m_ui->messageLabel->show();
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}
