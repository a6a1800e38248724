#pragma once

#include "../domain/person.h"
#include "../domain/personfilter.h"

#include <QDate>
#include <QList>
#include <optional>

class AccessScope;
class QSqlRecord;
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
    // A person from a row holding the persons table's columns (also for repositories that join it).
    static Person fromRow(const QSqlRecord &record);
    // Person::sortName() from a list query's name columns `<prefix>surname`, `<prefix>tussenvoegsel`,
    // `<prefix>given_names` and `<prefix>roepnaam`; empty when the surname is NULL (not visible).
    static QString sortNameFrom(const QSqlRecord &record, const QString &prefix);
    // For an id from outside the scope's lists: hidden is Denied (logged), missing is NotFound.
    Person require(const AccessScope &scope, qint64 id) const;
    int count(const AccessScope &scope, std::optional<PersonKind> kind = std::nullopt) const;
    // One page of the person list, filtered and sorted in SQL (ties by name, then id).
    QList<Person> list(const AccessScope &scope, const PersonFilter &filter, int offset, int limit) const;
    int count(const AccessScope &scope, const PersonFilter &filter) const;
    // The groups, classes and functions in use, for the list's filter; school 0: all schools.
    QStringList groups(const AccessScope &scope, qint64 schoolId) const;
    QList<Person> byIds(const AccessScope &scope, const QList<qint64> &ids) const;
    // How many records are filed on the person: involvements, measures, actions, correspondence
    // (in their dossier or about them), attachments, legal holds, incidents they reported.
    int filedCount(qint64 personId) const;
    // Deletes a person with nothing filed, with their guardianship links; refuses (Invalid)
    // when something is filed, because a dossier is never thrown away by accident.
    void remove(Transaction &tx, qint64 personId);
    // Look-ups for imports, which match people before they change anything.
    std::optional<Person> findByExternalId(PersonKind kind, const QString &externalId) const;
    std::optional<Person> findByNameAndBirth(PersonKind kind, const QString &surname, const QString &tussenvoegsel,
                                             const QString &firstName, const QDate &birthDate) const;
    std::optional<Person> findByEmail(PersonKind kind, const QString &email) const;
    // Persons of a kind at a school who have not left.
    QList<Person> currentAtSchool(PersonKind kind, qint64 schoolId) const;
    // A legal hold (open police or court case) blocks destruction of the person's dossier.
    qint64 addLegalHold(Transaction &tx, qint64 personId, const QString &reason, const QDate &startsOn);

private:
    Database &m_db;
};
