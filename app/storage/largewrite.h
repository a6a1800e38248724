#pragma once

class Database;

// For the length of one write of many rows (an import, a copy, destroying in bulk): the
// database keeps the pages of the indexes being filled in memory instead of writing them out
// and reading them back for every row. Ordinary work keeps the small cache afterwards.
class LargeWrite
{
public:
    explicit LargeWrite(Database &db);
    ~LargeWrite();
    LargeWrite(const LargeWrite &) = delete;
    LargeWrite &operator=(const LargeWrite &) = delete;

private:
    Database &m_db;
};
