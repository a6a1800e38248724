#include "schooldialog.h"

#include "common/formmessage.h"
#include "ui_schooldialog.h"


SchoolDialog::SchoolDialog(const School &school, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SchoolDialog>()), m_school(school)
{
    m_ui->setupUi(this);
    setWindowTitle(school.id == 0 ? tr("New school") : tr("School %1").arg(school.name));
    m_ui->nameEdit->setText(school.name);
    m_ui->brinEdit->setText(school.brin);
    m_ui->addressEdit->setText(school.address);
    m_ui->postalCodeEdit->setText(school.postalCode);
    m_ui->cityEdit->setText(school.city);
    m_ui->phoneEdit->setText(school.phone);
    m_ui->emailEdit->setText(school.email);
    m_ui->directorEdit->setText(school.directorName);
    m_ui->activeCheck->setChecked(school.active);
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SchoolDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SchoolDialog::~SchoolDialog() = default;

School SchoolDialog::school() const
{
    School s = m_school;
    s.name = m_ui->nameEdit->text().trimmed();
    s.brin = m_ui->brinEdit->text().trimmed().toUpper();
    s.address = m_ui->addressEdit->text().trimmed();
    s.postalCode = School::normalisedPostalCode(m_ui->postalCodeEdit->text());
    s.city = m_ui->cityEdit->text().trimmed();
    s.phone = m_ui->phoneEdit->text().trimmed();
    s.email = m_ui->emailEdit->text().trimmed();
    s.directorName = m_ui->directorEdit->text().trimmed();
    s.active = m_ui->activeCheck->isChecked();
    return s;
}

void SchoolDialog::attempt()
{
    const QString problem = school().problem();
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
}
