#pragma once

#include "../domain/accessscope.h"
#include "../domain/user.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Adding and changing user accounts: administrators only. The rules that keep a board from
// locking itself out live here, not in a dialog: nobody takes away their own administrator
// role or deactivates themselves, and the last active administrator stays one.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    UserService(Database &db, const AccessScope &actor);
    // A new account with a temporary password, to be changed at the first login.
    void create(User &user, const QString &temporaryPassword);
    // Saves name, login, role, schools, the police flag and whether the account is active.
    void save(User &user);
    // On a server: the active users who cannot log in there yet (no server login of their
    // role); Beheer gives each a temporary password. Empty on a file.
    QStringList withoutServerLogin() const;

private:
    void check(const User &user) const;

    Database &m_db;
    AccessScope m_actor;
};
