#pragma once

#include "../domain/organisation.h"

#include <optional>

class Database;
class Transaction;

// The single organisation row (the board).
class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db);
    std::optional<Organisation> get() const;
    // Creates the row the first time, updates it afterwards (optimistic locking on version).
    void save(Transaction &tx, Organisation &organisation);

private:
    Database &m_db;
};
