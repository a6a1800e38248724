#include "userdialog.h"

#include "common/formmessage.h"
#include "domain/labels.h"
#include "domain/passwordpolicy.h"
#include "ui_userdialog.h"


UserDialog::UserDialog(const User &user, const QList<School> &schools, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_user(user)
{
    m_ui->setupUi(this);
    const bool isNew = user.id == 0;
    setWindowTitle(isNew ? tr("New user") : tr("User %1").arg(user.displayName));
    m_ui->displayNameEdit->setText(user.displayName);
    m_ui->loginEdit->setText(user.login);
    m_ui->emailEdit->setText(user.email);
    for (UserRole role : { UserRole::Beheerder, UserRole::Bestuur, UserRole::Directeur, UserRole::Melder })
        m_ui->roleCombo->addItem(Labels::role(role), int(role));
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(user.role)));
    for (const School &school : schools) {
        auto *item = new QListWidgetItem(school.name, m_ui->schoolsList);
        item->setData(Qt::UserRole, school.id);
        item->setCheckState(user.schoolIds.contains(school.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->schoolsList->setMaximumHeight(120);
    m_ui->activeCheck->setChecked(user.active);
    m_ui->policeCheck->setChecked(user.mayReportToPolice);
    m_ui->passwordEdit->setVisible(isNew);
    m_ui->passwordEditLabel->setVisible(isNew);
    m_ui->repeatEdit->setVisible(isNew);
    m_ui->repeatEditLabel->setVisible(isNew);
    m_ui->ruleLabel->setVisible(isNew);
    m_ui->ruleLabel->setText(tr("The user must choose their own password at the first login. Temporary password: "
                                "at least %1 characters, with letters and at least one digit or symbol.")
                                 .arg(PasswordPolicy::MinimumLength));
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &UserDialog::updateSchools);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSchools();
}

UserDialog::~UserDialog() = default;

void UserDialog::updateSchools()
{
    // Board-wide roles see every school; the list only matters for directors and reporters.
    const auto role = UserRole(m_ui->roleCombo->currentData().toInt());
    m_ui->schoolsList->setEnabled(role == UserRole::Directeur || role == UserRole::Melder);
}

User UserDialog::user() const
{
    User u = m_user;
    u.displayName = m_ui->displayNameEdit->text().trimmed();
    u.login = m_ui->loginEdit->text().trimmed();
    u.email = m_ui->emailEdit->text().trimmed();
    u.role = UserRole(m_ui->roleCombo->currentData().toInt());
    u.active = m_ui->activeCheck->isChecked();
    u.mayReportToPolice = m_ui->policeCheck->isChecked();
    u.schoolIds.clear();
    if (u.role == UserRole::Directeur || u.role == UserRole::Melder)
        for (int i = 0; i < m_ui->schoolsList->count(); ++i)
            if (m_ui->schoolsList->item(i)->checkState() == Qt::Checked)
                u.schoolIds.append(m_ui->schoolsList->item(i)->data(Qt::UserRole).toLongLong());
    return u;
}

QString UserDialog::password() const
{
    return m_ui->passwordEdit->text();
}

QString UserDialog::problem() const
{
    const User u = user();
    if (u.displayName.isEmpty())
        return tr("Enter the user's name.");
    const QString login = User::loginProblem(u.login);
    if (!login.isEmpty())
        return login;
    if ((u.role == UserRole::Directeur || u.role == UserRole::Melder) && u.schoolIds.isEmpty())
        return tr("Choose at least one school for a director or reporter.");
    if (m_user.id != 0)
        return QString();
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text())
        return tr("The two passwords are not the same.");
    return PasswordPolicy::problem(m_ui->passwordEdit->text(), u.login);
}

void UserDialog::attempt()
{
    const QString wrong = problem();
    if (wrong.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(wrong);
    m_ui->messageLabel->show();
}
