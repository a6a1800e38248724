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
    std::optional<User> get(qint64 id) const;
    std::optional<User> findByLogin(const QString &login) const;
    QList<User> list() const;

private:
    std::optional<User> one(const QString &where, const QVariant &value) const;
    Database &m_db;
};
