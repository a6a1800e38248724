#pragma once

#include "../domain/user.h"

#include <QList>
#include <optional>

class AccessScope;
class Database;
class Transaction;

class UserRepository
{
public:
    explicit UserRepository(Database &db);
    // Inserts the user and their schools. The password is set separately (login issue).
    void insert(Transaction &tx, User &user);
    // Administrators and the board see every user; others see only themselves.
    std::optional<User> get(const AccessScope &scope, qint64 id) const;
    QList<User> list(const AccessScope &scope) const;
    // For logging in, before there is a session: finds active and inactive users alike.
    std::optional<User> findByLogin(const QString &login) const;

private:
    std::optional<User> one(const QString &where, const QVariant &value) const;
    Database &m_db;
};
