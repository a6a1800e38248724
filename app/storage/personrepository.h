#pragma once

#include "../domain/person.h"

#include <QList>
#include <optional>

class AccessScope;
class Database;
class Transaction;

class PersonRepository
{
public:
    explicit PersonRepository(Database &db);
    void insert(Transaction &tx, Person &person);
    void update(Transaction &tx, Person &person);
    // A person of a school outside the scope reads as absent.
    std::optional<Person> get(const AccessScope &scope, qint64 id) const;
    int count(const AccessScope &scope, std::optional<PersonKind> kind = std::nullopt) const;
    // A legal hold (open police or court case) blocks destruction of the person's dossier.
    qint64 addLegalHold(Transaction &tx, qint64 personId, const QString &reason, const QDate &startsOn);

private:
    Database &m_db;
};
