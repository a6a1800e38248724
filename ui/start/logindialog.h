#pragma once

#include "services/authenticator.h"

#include <QDialog>
#include <memory>

class Database;
namespace Ui {
class LoginDialog;
}

// Asks for login name and password and checks them; also unlocks a window locked after
// inactivity (the login name is then fixed).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database &db, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUnlockMode(const QString &login, const QString &displayName);
    Authenticator::Result result() const { return m_result; }

private:
    void attempt();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database &m_db;
    Authenticator::Result m_result;
};
