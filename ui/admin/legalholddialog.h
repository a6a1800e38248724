#pragma once

#include "domain/legalhold.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LegalHoldDialog;
}

// Places or changes a legal hold on one person's dossier (reason, from, until). The caller saves;
// the dialog only checks what was entered.
class LegalHoldDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegalHoldDialog(const LegalHold &hold, QWidget *parent = nullptr);
    ~LegalHoldDialog() override;
    LegalHold hold() const;

private:
    void attempt();
    std::unique_ptr<Ui::LegalHoldDialog> m_ui;
    LegalHold m_hold;
};
