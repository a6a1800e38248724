#pragma once

#include <QCoreApplication>

class Database;
class Transaction;

// Writes the defaults a new database starts with: a protocol version with its articles (our
// own summaries), the three measure ladders, the settings with their legal sources and the
// letter templates (in our own words).
// Seeding goes through a Transaction, so the defaults are audited like every other row.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)

public:
    explicit Seeder(Database &db);
    void seedDefaults();
    // The default letter templates, for a database made before templates existed (migration 4).
    void addLetterTemplates();
    // The default settings a database made by an older version lacks, with their sources.
    void addMissingSettings();

private:
    void seedLetterTemplates(Transaction &tx);
    // The default settings (settings.json) whose keys the database does not hold yet.
    void seedSettings(Transaction &tx);
    Database &m_db;
};
