#pragma once

#include "../domain/retentionrules.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

class Database;
class Transaction;

// The SQL side of retention: what the review needs to know about every person, which rows a
// destruction removes or rewrites, erasing the audit content of those rows, and clearing the
// database file afterwards so that no trace of the data stays behind.
class RetentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRepository)

public:
    using Row = QPair<QString, qint64>;     // table, id

    // A row that stays but mentions or refers to a destroyed person: its text columns are
    // rewritten and `nulls` lose their reference.
    struct Neighbour {
        QString table;
        qint64 id = 0;
        qint64 version = 0;
        QVariantMap texts;      // column → current text
        QStringList nulls;      // columns set to NULL
    };

    // What destroying a set of persons does, worked out before anything is written.
    struct Plan {
        QList<Row> removals;            // in an order that keeps every reference valid
        QList<Neighbour> neighbours;
        int incidents = 0;              // cases removed whole
        int attachments = 0;            // attachment rows removed
        QStringList contents;           // SHA-256 of the content those rows used
    };

    explicit RetentionRepository(Database &db);

    QList<RetentionFacts> facts(const QDate &today) const;
    Plan plan(const QSet<qint64> &persons) const;
    // Removes the stored content of the plan's attachments that no other attachment and no logo
    // uses any more (after the plan's rows are gone); returns how many contents went.
    int purgeUnusedContent(Transaction &tx, const QStringList &sha256s, QList<Row> *removed) const;
    // The before/after content of every audit record of these rows is erased; the records and
    // their hashes stay, so the chain still proves them (`check` reports them as erased).
    void eraseAuditContent(Transaction &tx, const QList<Row> &rows) const;
    // After the destruction was committed: the search index merged, free pages overwritten and
    // the file rewritten (SQLite: FTS optimize, VACUUM, WAL truncated; PostgreSQL: VACUUM).
    void clearFreedSpace() const;

private:
    QList<qint64> ids(const QString &sql) const;
    Neighbour neighbour(const QString &table, qint64 id, const QStringList &textColumns) const;

    Database &m_db;
};
