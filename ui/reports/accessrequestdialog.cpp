#include "accessrequestdialog.h"
#include "ui_accessrequestdialog.h"

AccessRequestDialog::AccessRequestDialog(const QString &personName, int answerMonths, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccessRequestDialog>()), m_answerMonths(answerMonths)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("The ZIP for %1 holds the dossier summary as shown in the preview, the letters and documents "
                                 "in the dossier and the data as JSON. Other people's evidence is not included.")
                                  .arg(personName));
    const QDate today = QDate::currentDate();
    m_ui->receivedEdit->setMaximumDate(today);
    m_ui->receivedEdit->setMinimumDate(today.addYears(-5));
    m_ui->receivedEdit->setDate(today);
    connect(m_ui->receivedEdit, &QDateEdit::dateChanged, this, &AccessRequestDialog::showDue);
    connect(m_ui->answeredCheck, &QCheckBox::toggled, this, &AccessRequestDialog::showDue);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showDue();
}

AccessRequestDialog::~AccessRequestDialog() = default;

QDate AccessRequestDialog::receivedOn() const
{
    return m_ui->receivedEdit->date();
}

bool AccessRequestDialog::answered() const
{
    return m_ui->answeredCheck->isChecked();
}

void AccessRequestDialog::setReceivedOn(const QDate &date)
{
    m_ui->receivedEdit->setDate(date);
}

void AccessRequestDialog::setAnswered(bool answered)
{
    m_ui->answeredCheck->setChecked(answered);
}

void AccessRequestDialog::showDue()
{
    const QString due = receivedOn().addMonths(m_answerMonths).toString(QStringLiteral("dd-MM-yyyy"));
    m_ui->dueLabel->setText(answered() ? tr("The action \"answer the access request\" (due %1) is filed as done today.").arg(due)
                                       : tr("The action \"answer the access request\" appears in Termijnen, due %1 (AVG art. 12).").arg(due));
}
