#pragma once

#include "../domain/accessscope.h"
#include "../domain/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <optional>

class Database;

// Logging in and passwords: Argon2id hashes, a lockout after repeated failures (settings
// lockout_failed_logins and lockout_minutes), and an audit record for every attempt. On a
// PostgreSQL connection opened as the user's own login the server checks the password
// (SCRAM-SHA-256) and keeps it; the program then only confirms who logged in.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    enum class Outcome { LoggedIn, WrongCredentials, Locked, Inactive };

    struct Result {
        Outcome outcome = Outcome::WrongCredentials;
        User user;                  // set when logged in
        AccessScope scope;          // the session's scope when logged in
        QString message;            // Dutch sentence for anything but LoggedIn
    };

    using Clock = std::function<QDateTime()>;
    explicit Authenticator(Database &db, Clock clock = Clock());

    Result login(const QString &login, const QString &password);
    // The session of a server connection opened as a user's own login (DatabaseConnection::
    // openAs): the server has checked the password. Records the login.
    Result connected();
    // Throws StorageError(Invalid) with a message when the old password is wrong or the new
    // one breaks the password rule.
    void changePassword(const AccessScope &scope, const QString &oldPassword, const QString &newPassword);
    // Right after logging in with a temporary password: the user's own new password replaces it
    // (no current password asked; refused when the account has no temporary password).
    void replaceTemporaryPassword(const AccessScope &scope, const QString &newPassword);
    // An administrator sets a temporary password; the user must choose a new one at next login.
    void resetPassword(const AccessScope &administrator, qint64 userId, const QString &temporary);

    static AccessScope scopeFor(const User &user);

private:
    QDateTime now() const;
    // The user's own new password: checked against the rule, stored, logged.
    void storeOwnPassword(const AccessScope &scope, bool sameAsCurrent, const QString &newPassword, const QString &detail);
    // The user of a connection made as their own server login; none otherwise.
    std::optional<User> serverUser() const;
    // Whether the server takes `password` for `login` (a second connection, closed at once).
    bool serverAccepts(const QString &login, const QString &password) const;
    Database &m_db;
    Clock m_clock;
};
