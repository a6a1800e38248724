#include "legalholddialog.h"

#include "common/formmessage.h"
#include "ui_legalholddialog.h"

LegalHoldDialog::LegalHoldDialog(const LegalHold &hold, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LegalHoldDialog>()), m_hold(hold)
{
    m_ui->setupUi(this);
    setWindowTitle(hold.id == 0 ? tr("New legal hold") : tr("Legal hold for %1").arg(hold.personName));
    m_ui->personLabel->setText(hold.personName);
    m_ui->reasonEdit->setText(hold.reason);
    const QDate today = QDate::currentDate();
    m_ui->startEdit->setDate(hold.startsOn.isValid() ? hold.startsOn : today);
    m_ui->endCheck->setChecked(hold.endsOn.isValid());
    m_ui->endEdit->setDate(hold.endsOn.isValid() ? hold.endsOn : today);
    m_ui->endEdit->setEnabled(hold.endsOn.isValid());
    connect(m_ui->endCheck, &QCheckBox::toggled, m_ui->endEdit, &QWidget::setEnabled);
    m_ui->messageLabel->hide();
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LegalHoldDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LegalHoldDialog::~LegalHoldDialog() = default;

LegalHold LegalHoldDialog::hold() const
{
    LegalHold h = m_hold;
    h.reason = m_ui->reasonEdit->text().trimmed();
    h.startsOn = m_ui->startEdit->date();
    h.endsOn = m_ui->endCheck->isChecked() ? m_ui->endEdit->date() : QDate();
    return h;
}

void LegalHoldDialog::attempt()
{
    const QString problem = hold().problem(QDate::currentDate());
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
    if (hold().reason.isEmpty())
        m_ui->reasonEdit->setFocus();
}
