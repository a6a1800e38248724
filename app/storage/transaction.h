#pragma once

#include "../domain/accessscope.h"
#include "auditlog.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QString>
#include <QVariantMap>

class Database;

// One write to the database: begun on construction, rolled back when it leaves scope without
// commit(); after a failed step it can only be rolled back. Every row it inserts, updates or deletes is recorded in the audit log with its
// content before and after, inside the same transaction, so no write escapes the log. After a
// commit the changed rows are announced on the ChangeBus, so open views refresh themselves.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    Transaction(Database &db, const AccessScope &actor);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Inserts a row and returns its id; `values` may carry an explicit "id" (imports).
    qint64 insert(const QString &table, const QVariantMap &values);
    // Updates a versioned row; throws StorageError(Stale) naming who saved it last when the
    // row's version is no longer `expectedVersion`. Returns the new version.
    qint64 update(const QString &table, qint64 id, qint64 expectedVersion, const QVariantMap &changes);
    // Updates columns that no form edits (login counters, lock times) without checking or
    // bumping the version, so a login does not make an administrator's open form stale.
    void updateFields(const QString &table, qint64 id, const QVariantMap &changes);
    void remove(const QString &table, qint64 id);
    // An event without a row change: login, a dossier opened, a print, an export.
    void logEvent(const QString &action, const QString &entity, qint64 entityId, const QString &detail);

    void commit();

    Database &database() { return m_db; }
    const AccessScope &actor() const { return m_actor; }

private:
    // After a failed step the transaction only rolls back: PostgreSQL aborts it anyway, and
    // SQLite behaves the same way so that both databases act alike.
    class FailureGuard
    {
    public:
        explicit FailureGuard(Transaction &tx);
        ~FailureGuard();

    private:
        Transaction &m_tx;
        int m_exceptions;
    };

    QSqlRecord currentRow(const QString &table, qint64 id);
    bool returnsRow(const QString &table) const;
    static QString insertStatement(const QString &table, const QStringList &columns, bool returning);
    QSqlRecord existingRow(const QString &table, qint64 id);
    void applyUpdate(const QString &table, qint64 id, const QSqlRecord &before, const QVariantMap &changes,
                     bool bumpVersion);
    static void checkTable(const QString &table);

    // Keeps the search index up to date and notes the change for the ChangeBus.
    // `row` as the write left it; empty when it was deleted.
    void touched(const QString &table, qint64 id, const QSqlRecord &row);
    void announce(const QString &table, qint64 id);
    void notifyOtherConnections();

    Database &m_db;
    AccessScope m_actor;
    AuditLog m_audit;
    // The search index's share of the writes, written just before the commit.
    SearchIndex::Pending m_search;
    bool m_open = false;
    bool m_failed = false;
    // Announced on the ChangeBus after commit, once per table: with the row's id when one row
    // changed, with 0 when several did (a list reloads once after an import, not per row).
    struct Change {
        QString table;
        qint64 id = 0;
    };
    QList<Change> m_changes;
};
