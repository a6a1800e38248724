#pragma once

#include "domain/school.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SchoolDialog;
}

// Adds or edits one school. The caller saves; the dialog only checks what was entered.
class SchoolDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchoolDialog(const School &school, QWidget *parent = nullptr);
    ~SchoolDialog() override;
    School school() const;

private:
    void attempt();
    std::unique_ptr<Ui::SchoolDialog> m_ui;
    School m_school;
};
