#pragma once

#include "../domain/guardianship.h"

#include <QList>

class Database;
class Transaction;

class GuardianshipRepository
{
public:
    explicit GuardianshipRepository(Database &db);
    // Refuses a link whose parent is not an `ouder` or whose pupil is not a `leerling`.
    void insert(Transaction &tx, Guardianship &link);
    // Relation and flags; parent and pupil of a link never change (remove and add instead).
    void update(Transaction &tx, Guardianship &link);
    void remove(Transaction &tx, qint64 id);
    QList<Guardianship> ofPupil(qint64 pupilId) const;
    QList<Guardianship> ofParent(qint64 parentId) const;

private:
    QList<Guardianship> where(const QString &column, qint64 id) const;
    Database &m_db;
};
