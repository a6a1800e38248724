#pragma once

#include <QDialog>
#include <memory>

class PassphraseForm;

namespace Ui {
class BackupKeyDialog;
}

// Asks for the board's new backup passphrase, twice, or suggests a random one. Checks it only;
// the caller derives and stores the key (BackupKeyService) and shows the recovery sheet.
class BackupKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // `replacing`: a key is set already; the dialog says what changing it means.
    explicit BackupKeyDialog(bool replacing, QWidget *parent = nullptr);
    ~BackupKeyDialog() override;
    QString passphrase() const;
    PassphraseForm *form() const;

private:
    void attempt();
    std::unique_ptr<Ui::BackupKeyDialog> m_ui;
};
