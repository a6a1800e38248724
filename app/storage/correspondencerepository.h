#pragma once

#include "../domain/correspondence.h"

#include <optional>

class AccessScope;
class Database;
class Transaction;

class CorrespondenceRepository
{
public:
    explicit CorrespondenceRepository(Database &db);
    // Refuses an item whose dossier person is not a staff member or a pupil: parents and
    // others have no dossier of their own (DESIGN.md §3).
    void insert(Transaction &tx, Correspondence &item);
    // Absent when its dossier or its incident is outside the scope.
    std::optional<Correspondence> get(const AccessScope &scope, qint64 id) const;

private:
    Database &m_db;
};
