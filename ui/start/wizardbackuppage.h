#pragma once

#include <QWizardPage>

class PassphraseForm;
class QCheckBox;

// First start, step 3: the board's backup passphrase, so that backups are sealed from the
// first day. It may be left for later (Beheer → Back-up), with a warning until it is set.
class WizardBackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardBackupPage(QWidget *parent = nullptr);
    bool sealNow() const;
    QString passphrase() const;
    QCheckBox *sealCheck() const { return m_seal; }
    PassphraseForm *form() const { return m_form; }
    bool validatePage() override;

private:
    QCheckBox *m_seal;
    PassphraseForm *m_form;
};
