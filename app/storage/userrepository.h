#pragma once

#include "../domain/user.h"

#include <QDateTime>
#include <QList>
#include <optional>

class AccessScope;
class Database;
class Transaction;

class UserRepository
{
public:
    // What logging in needs, and nothing a form shows.
    struct Credentials {
        qint64 id = 0;
        QString passwordHash;
        int failedLogins = 0;
        QDateTime lockedUntil;
        bool active = false;
        bool mustChangePassword = false;
    };

    explicit UserRepository(Database &db);
    // Inserts the user and their schools. The password is set separately (login issue).
    void insert(Transaction &tx, User &user);
    // Administrators and the board see every user; others see only themselves.
    std::optional<User> get(const AccessScope &scope, qint64 id) const;
    QList<User> list(const AccessScope &scope) const;
    // For logging in, before there is a session: finds active and inactive users alike.
    std::optional<User> findByLogin(const QString &login) const;
    std::optional<Credentials> credentials(const QString &login) const;
    // Active users who can log in (with a password); none means the first start is not done.
    int countLoginCapable() const;

    // Saves the profile, role and schools (optimistic locking on version).
    void update(Transaction &tx, User &user);
    // Password and login state are not part of the profile form: no version check.
    void setPasswordHash(Transaction &tx, qint64 userId, const QString &hash, bool mustChange);
    void setLoginState(Transaction &tx, qint64 userId, int failedLogins, const QDateTime &lockedUntil);

    // On a PostgreSQL server a user's login is a server role of the same name: creates or
    // updates it (active, group of the role, `password` unless null, renamed from
    // `previousLogin`). Nothing on SQLite.
    void syncServerLogin(Transaction &tx, qint64 userId, const QString &password, const QString &previousLogin = QString());
    // The user this server connection logs in as; none for a file, or for the set-up account
    // (the program without a user).
    std::optional<User> connectedUser() const;
    // Active users whose login has no server role yet (a database set up before the server kept
    // the logins, or copied from a file): they get one with a new temporary password.
    QStringList withoutServerLogin() const;
    // The connected user's own new password, set on the server (which hashes it).
    void setOwnServerPassword(Transaction &tx, qint64 userId, const QString &password);

private:
    std::optional<User> one(const QString &where, const QVariant &value) const;
    Database &m_db;
};
