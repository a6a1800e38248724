#pragma once

#include "services/authenticator.h"

#include <QDialog>
#include <functional>
#include <memory>

class Database;
class QCheckBox;
namespace Ui {
class LoginDialog;
}

// Asks for login name and password and checks them; also unlocks a window locked after
// inactivity (the login name is then fixed).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Tries a login name and password; LoggedIn closes the dialog, anything else shows its message.
    using Attempt = std::function<Authenticator::Result(const QString &login, const QString &password)>;

    LoginDialog(Database &db, QWidget *parent = nullptr);
    // For a server whose logins are its own: `attempt` connects as the user.
    explicit LoginDialog(Attempt attempt, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // `byUser`: locked with Ctrl+L, not after the inactivity time.
    void setUnlockMode(const QString &login, const QString &displayName, bool byUser = false);
    Authenticator::Result result() const { return m_result; }

private:
    void attempt();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Attempt m_attempt;
    QCheckBox *m_remember;
    Authenticator::Result m_result;
};
