#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class PassphraseForm;
}

// The board's backup passphrase, typed twice (or a random one suggested), with a check of its
// strength; shared by Beheer → Back-up and the first-start wizard.
class PassphraseForm : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseForm(QWidget *parent = nullptr);
    ~PassphraseForm() override;
    QString passphrase() const;
    // A Dutch sentence when the passphrase will not do (too weak, the two differ), else empty.
    QString problem() const;
    void suggest();

private:
    std::unique_ptr<Ui::PassphraseForm> m_ui;
};
