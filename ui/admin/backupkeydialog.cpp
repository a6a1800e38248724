#include "backupkeydialog.h"

#include "common/formmessage.h"
#include "ui_backupkeydialog.h"

#include <QPushButton>

BackupKeyDialog::BackupKeyDialog(bool replacing, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BackupKeyDialog>())
{
    m_ui->setupUi(this);
    m_ui->warningLabel->setVisible(replacing);
    m_ui->warningLabel->setText(tr("A passphrase is set already. Backups made until now keep needing the passphrase they "
                                   "were sealed with: keep the old recovery sheet as long as those backups exist."));
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set passphrase"));
    FormMessage::hideOnEdit(this, m_ui->messageLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BackupKeyDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BackupKeyDialog::~BackupKeyDialog() = default;

QString BackupKeyDialog::passphrase() const
{
    return m_ui->form->passphrase();
}

PassphraseForm *BackupKeyDialog::form() const
{
    return m_ui->form;
}

void BackupKeyDialog::attempt()
{
    const QString problem = m_ui->form->problem();
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
}
