#pragma once

#include "../domain/correspondencelisting.h"

#include <QDate>
#include <QList>
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
    // For an id from outside the scope's lists: hidden is Denied (logged), missing is NotFound.
    Correspondence require(const AccessScope &scope, qint64 id) const;
    void update(Transaction &tx, Correspondence &item);
    // Newest first, as far as the scope may see.
    QList<Correspondence> list(const AccessScope &scope, const CorrespondenceFilter &filter, int limit = 5000) const;
    // The same, with what a list shows beside each item, read in the same query (not per row).
    using Listed = ListedCorrespondence;
    QList<Listed> listWithNames(const AccessScope &scope, const CorrespondenceFilter &filter, int limit = 5000) const;

private:
    Database &m_db;
};
