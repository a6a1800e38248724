#pragma once

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

class Database;
class Transaction;

// Whole-table reads and the clearing of seed rows, for the JSON exchange. Rows come back
// with driver values normalised: dates and moments as text, flags and ids as integers.
class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(RowStore)

public:
    explicit RowStore(Database &db);

    // Every row of a catalogued table, ordered by `orderBy` (default: id).
    QList<QVariantMap> rows(const QString &table, const QString &orderBy = QStringLiteral("id")) const;
    qint64 count(const QString &table) const;
    // True when the database holds nothing but the defaults a new database is seeded with.
    bool holdsOnlyDefaults() const;
    // Removes every row of a seeded table (audited); used when an import brings its own.
    void clear(Transaction &tx, const QString &table);
    // After rows were written with explicit ids: new rows continue after the highest id
    // (PostgreSQL identity columns; SQLite needs nothing).
    void continueIdsAfterExisting();

private:
    Database &m_db;
};
