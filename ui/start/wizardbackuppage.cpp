#include "wizardbackuppage.h"

#include "common/passphraseform.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

WizardBackupPage::WizardBackupPage(QWidget *parent)
    : QWizardPage(parent), m_seal(new QCheckBox(this)), m_form(new PassphraseForm(this))
{
    setTitle(tr("Backups"));
    setSubTitle(tr("Backups go to a network drive or a USB disk. Sealed, they can only be read with the board's "
                   "backup passphrase."));
    auto *explanation = new QLabel(tr("Choose a passphrase that the board keeps, not the administrator alone. "
                                      "Dossierkast does not keep it: after the first start it shows a recovery sheet to "
                                      "print. Without the passphrase no sealed backup can be put back."),
                                   this);
    explanation->setWordWrap(true);
    m_seal->setText(tr("&Seal backups with a passphrase (recommended)"));
    m_seal->setChecked(true);
    connect(m_seal, &QCheckBox::toggled, m_form, &QWidget::setEnabled);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_seal);
    layout->addWidget(m_form);
    layout->addStretch();
}

bool WizardBackupPage::sealNow() const
{
    return m_seal->isChecked();
}

QString WizardBackupPage::passphrase() const
{
    return sealNow() ? m_form->passphrase() : QString();
}

bool WizardBackupPage::validatePage()
{
    if (!sealNow()) {
        return QMessageBox::question(this, title(),
                                     tr("Backups will not be sealed: whoever finds a backup disk can read every dossier. "
                                        "You can set a passphrase later in Beheer → Back-up. Go on without one?"))
            == QMessageBox::Yes;
    }
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, title(), problem);
        return false;
    }
    return true;
}
