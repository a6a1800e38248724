#include "largewrite.h"

#include "database.h"

LargeWrite::LargeWrite(Database &db) : m_db(db)
{
    m_db.setLargeWrite(true);
}

LargeWrite::~LargeWrite()
{
    try {
        m_db.setLargeWrite(false);
    } catch (...) {
        // A connection that can no longer take a PRAGMA keeps the larger cache until it closes.
    }
}
