#pragma once

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class PasswordDialog;
}

// Asks for a new password twice (and the current one when changing your own). The new
// password is checked against the password rule before `apply` is called; `apply` returns a
// Dutch message when it fails (wrong current password, …) and the dialog stays open.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Change,     // your own password: current, new, repeat
        Forced,     // after a reset: new, repeat; cancelling ends the login
        Reset       // an administrator sets a temporary password for someone else
    };
    using Apply = std::function<QString(const QString &current, const QString &newPassword)>;

    PasswordDialog(Mode mode, const QString &login, Apply apply, QWidget *parent = nullptr);
    ~PasswordDialog() override;

private:
    void attempt();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Mode m_mode;
    QString m_login;
    Apply m_apply;
};
