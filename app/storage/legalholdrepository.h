#pragma once

#include "../domain/legalhold.h"

#include <QList>

class AccessScope;
class Database;
class Transaction;

// Legal holds and the destruction records, for Beheer → Bewaartermijnen. Both name only what an
// administrator needs; the records hold no personal data at all.
class LegalHoldRepository
{
public:
    explicit LegalHoldRepository(Database &db);
    // Every hold, current ones first, with the person's name.
    QList<LegalHold> list(const AccessScope &scope) const;
    void insert(Transaction &tx, LegalHold &hold);
    // Reason and dates (optimistic locking on version).
    void update(Transaction &tx, LegalHold &hold);
    QList<DestructionRecord> destructionRecords() const;

private:
    Database &m_db;
};
