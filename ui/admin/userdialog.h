#pragma once

#include "domain/school.h"
#include "domain/user.h"

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui {
class UserDialog;
}

// Adds a user (with a temporary password) or edits one (profile, role, schools, active).
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(const User &user, const QList<School> &schools, QWidget *parent = nullptr);
    ~UserDialog() override;
    User user() const;
    // The temporary password of a new user.
    QString password() const;

private:
    QString problem() const;
    void attempt();
    void updateSchools();

    std::unique_ptr<Ui::UserDialog> m_ui;
    User m_user;
};
