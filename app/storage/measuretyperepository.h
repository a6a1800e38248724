#pragma once

#include "../domain/measuretype.h"

#include <QList>

class Database;

class MeasureTypeRepository
{
public:
    explicit MeasureTypeRepository(Database &db);
    // The active rungs of a ladder, lightest first.
    QList<MeasureType> ladder(Ladder ladder) const;

private:
    Database &m_db;
};
