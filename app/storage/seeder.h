#pragma once

#include <QCoreApplication>

class Database;

// Writes the defaults a new database starts with: a protocol version with its articles (our
// own summaries), the three measure ladders and the settings with their legal sources.
// Seeding goes through a Transaction, so the defaults are audited like every other row.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)

public:
    explicit Seeder(Database &db);
    void seedDefaults();

private:
    Database &m_db;
};
