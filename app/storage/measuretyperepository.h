#pragma once

#include "../domain/measuretype.h"

#include <QList>
#include <optional>

class Database;
class Transaction;

class MeasureTypeRepository
{
public:
    explicit MeasureTypeRepository(Database &db);
    // The active rungs of a ladder, lightest first.
    QList<MeasureType> ladder(Ladder ladder) const;
    // Every rung, inactive ones too, for Beheer.
    QList<MeasureType> all(Ladder ladder) const;
    std::optional<MeasureType> get(qint64 id) const;
    void insert(Transaction &tx, MeasureType &type);
    void update(Transaction &tx, MeasureType &type);

private:
    Database &m_db;
};
