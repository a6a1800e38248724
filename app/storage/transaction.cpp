#include "transaction.h"

#include "../domain/auditlabels.h"
#include "canonicalrow.h"
#include "../domain/changebus.h"
#include "database.h"
#include "schemacatalog.h"
#include "searchindex.h"
#include "sqlfailure.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"

#include <QSqlDriver>
#include <QSqlError>

Transaction::Transaction(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor), m_audit(db)
{
    QSqlQuery query(m_db.connection());
    // IMMEDIATE takes the write lock now, so two writers wait instead of deadlocking later.
    SqlValues::exec(query, m_db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                       : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Transaction::FailureGuard::FailureGuard(Transaction &tx) : m_tx(tx), m_exceptions(std::uncaught_exceptions())
{
    if (tx.m_failed)
        throw StorageError(StorageError::Kind::Failed,
                           tr("An earlier step of this change failed; nothing of it was saved. Try again."));
}

Transaction::FailureGuard::~FailureGuard()
{
    if (std::uncaught_exceptions() > m_exceptions)
        m_tx.m_failed = true;
}

void Transaction::commit()
{
    if (!m_open)
        throw StorageError(StorageError::Kind::Failed, tr("The transaction was already finished."));
    const FailureGuard guard(*this);
    SearchIndex(m_db).write(m_search);
    QSqlQuery query(m_db.connection());
    if (m_db.dialect() == Database::Dialect::Postgresql && !m_changes.isEmpty())
        notifyOtherConnections();
    SqlValues::exec(query, QStringLiteral("COMMIT"));
    m_open = false;
    for (const Change &change : std::as_const(m_changes))
        ChangeBus::instance()->announce(change.table, change.id);
    m_changes.clear();
}

void Transaction::notifyOtherConnections()
{
    // Delivered by the server at commit, one per table, as on this PC.
    QSqlQuery &notify = m_db.cached(QStringLiteral("SELECT pg_notify('dossierkast_changes', ?)"));
    for (const Change &change : std::as_const(m_changes)) {
        notify.addBindValue(change.table + QLatin1Char(':') + QString::number(change.id));
        SqlValues::exec(notify);
        notify.finish();
    }
}

void Transaction::touched(const QString &table, qint64 id, const QSqlRecord &row)
{
    if (SearchIndex::isIndexed(table))
        SearchIndex(m_db).rowChanged(table, id, row, m_search);
    announce(table, id);
}

void Transaction::announce(const QString &table, qint64 id)
{
    // A transaction touches a handful of tables, however many rows.
    for (Change &change : m_changes)
        if (change.table == table) {
            if (change.id != id)
                change.id = 0;
            return;
        }
    m_changes.append({ table, id });
}

void Transaction::checkTable(const QString &table)
{
    // Table names are composed into SQL; only the catalogue's audited tables are accepted.
    if (!SchemaCatalog::isAudited(table))
        throw StorageError(StorageError::Kind::Failed, tr("Internal error: '%1' is not a table that can be written.").arg(table));
}

QSqlRecord Transaction::currentRow(const QString &table, qint64 id)
{
    // On a server a table with secrets (the users' password hashes) is not readable whole by
    // everyone: dk_user_row gives a user their own row, an administrator any (migration 10).
    const bool guarded = m_db.dialect() == Database::Dialect::Postgresql && !SchemaCatalog::secretColumns(table).isEmpty();
    QSqlQuery &query = m_db.cached(guarded ? QStringLiteral("SELECT * FROM dk_%1_row(?)").arg(table.chopped(1))
                                           : QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    SqlValues::exec(query);
    QSqlRecord record;
    if (query.next())
        record = query.record();
    query.finish();
    return record;
}

static StorageError rejected(const QSqlQuery &query, const QString &table)
{
    // A broken rule (constraint) is the data's fault; anything else (disk, permissions) is not.
    const bool sqlite = query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite;
    if (!SqlValues::isConstraint(query.lastError(), sqlite))
        return SqlValues::failure(query.lastError(), query.lastQuery(), query.driver());
    return StorageError(StorageError::Kind::Invalid,
                        Transaction::tr("The database refused the change to %1: the data breaks one of its rules.")
                            .arg(SchemaCatalog::label(table).toLower()),
                        query.lastError().databaseText());
}

// Text the same on both databases: SQLite would cut it at a NUL and PostgreSQL refuse it, and a
// value longer than its column's maximum is refused by both, before either sees it.
static void checkText(const QString &table, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().metaType().id() != QMetaType::QString)
            continue;
        const int limit = SchemaCatalog::maxLength(table, it.key());
        if (limit == 0)
            continue;
        const QString text = it.value().toString();
        if (text.contains(QChar(0)))
            throw StorageError(StorageError::Kind::Invalid,
                               Transaction::tr("%1: the field \"%2\" holds a NUL character, which no text may hold; "
                                               "nothing was saved.")
                                   .arg(SchemaCatalog::label(table), AuditLabels::field(it.key())));
        if (text.size() > limit)
            throw StorageError(StorageError::Kind::Invalid,
                               Transaction::tr("%1: the field \"%2\" is %3 characters long, and may be at most %4; "
                                               "nothing was saved.")
                                   .arg(SchemaCatalog::label(table), AuditLabels::field(it.key()))
                                   .arg(text.size())
                                   .arg(limit));
    }
}

// The row as stored, with its defaults, comes back from the write itself: no second read. A
// table with secrets is read through the server's guard instead (see currentRow).
bool Transaction::returnsRow(const QString &table) const
{
    return m_db.dialect() == Database::Dialect::Sqlite || SchemaCatalog::secretColumns(table).isEmpty();
}

qint64 Transaction::insert(const QString &table, const QVariantMap &values)
{
    const FailureGuard guard(*this);
    checkTable(table);
    checkText(table, values);
    const bool returning = returnsRow(table);
    // One statement per table and set of columns, prepared once and reused for every row.
    QSqlQuery &query = m_db.cached(insertStatement(table, values.keys(), returning));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.addBindValue(it.value());
    if (!query.exec()) {
        const StorageError error = rejected(query, table);
        query.finish();
        throw error;
    }
    QSqlRecord row = query.next() ? query.record() : QSqlRecord();
    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
    query.finish();
    if (!returning)
        row = currentRow(table, id);
    const QByteArray after = CanonicalRow::json(row, SchemaCatalog::secretColumns(table));
    m_audit.append(m_actor, { QStringLiteral("insert"), table, id, QByteArray(), after, QString() });
    SearchIndex(m_db).rowInserted(table, row, m_search);
    announce(table, id);
    return id;
}

QString Transaction::insertStatement(const QString &table, const QStringList &columns, bool returning)
{
    QString marks;
    for (int i = 0; i < columns.size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
        .arg(table, columns.join(QStringLiteral(", ")), marks, returning ? QStringLiteral("*") : QStringLiteral("id"));
}

QSqlRecord Transaction::existingRow(const QString &table, qint64 id)
{
    checkTable(table);
    const QSqlRecord row = currentRow(table, id);
    if (row.isEmpty())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("%1 %2 no longer exists; someone else may have removed it.").arg(SchemaCatalog::label(table)).arg(id));
    return row;
}

void Transaction::applyUpdate(const QString &table, qint64 id, const QSqlRecord &before, const QVariantMap &changes,
                              bool bumpVersion)
{
    checkText(table, changes);
    QStringList assignments;
    const QStringList columns = changes.keys();
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    if (bumpVersion)
        assignments.append(QStringLiteral("version = version + 1"));
    // The version guard in the statement keeps the check atomic on servers without a write lock.
    const bool returning = returnsRow(table);
    QSqlQuery &query = m_db.cached(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3%4")
                                       .arg(table, assignments.join(QStringLiteral(", ")),
                                            bumpVersion ? QStringLiteral(" AND version = ?") : QString(),
                                            returning ? QStringLiteral(" RETURNING *") : QString()));
    for (const QString &column : columns)
        query.addBindValue(changes.value(column));
    query.addBindValue(id);
    if (bumpVersion)
        query.addBindValue(before.value(QStringLiteral("version")));
    if (!query.exec()) {
        const StorageError error = rejected(query, table);
        query.finish();
        throw error;
    }
    QSqlRecord after;
    const bool changed = returning ? query.next() : query.numRowsAffected() == 1;
    if (changed && returning)
        after = query.record();
    query.finish();
    if (!changed)
        throw StorageError(StorageError::Kind::Stale,
                           tr("%1 was changed by someone else while it was being saved; nothing was saved.")
                               .arg(SchemaCatalog::label(table)));
    if (!returning)
        after = currentRow(table, id);
    const QStringList secrets = SchemaCatalog::secretColumns(table);
    m_audit.append(m_actor, { QStringLiteral("update"), table, id, CanonicalRow::json(before, secrets),
                              CanonicalRow::json(after, secrets), QString() });
    touched(table, id, after);
}

qint64 Transaction::update(const QString &table, qint64 id, qint64 expectedVersion, const QVariantMap &changes)
{
    const FailureGuard guard(*this);
    const QSqlRecord before = existingRow(table, id);
    if (before.value(QStringLiteral("version")).toLongLong() != expectedVersion) {
        const auto last = AuditLog::lastChange(m_db, table, id);
        const QDateTime when = SqlValues::toMoment(last.second).toLocalTime();
        throw StorageError(StorageError::Kind::Stale,
                           tr("%1 was changed by %2 on %3 after you opened it. Reload it to see those "
                              "changes; nothing was saved.")
                               .arg(SchemaCatalog::label(table), last.first,
                                    when.toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
    }
    applyUpdate(table, id, before, changes, true);
    return expectedVersion + 1;
}

void Transaction::updateFields(const QString &table, qint64 id, const QVariantMap &changes)
{
    const FailureGuard guard(*this);
    applyUpdate(table, id, existingRow(table, id), changes, false);
}

void Transaction::remove(const QString &table, qint64 id)
{
    const FailureGuard guard(*this);
    const QSqlRecord before = existingRow(table, id);
    QSqlQuery &query = m_db.cached(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec()) {
        const StorageError error(StorageError::Kind::Invalid,
                                 tr("%1 %2 cannot be removed because other records refer to it.")
                                     .arg(SchemaCatalog::label(table)).arg(id),
                                 query.lastError().databaseText());
        query.finish();
        throw error;
    }
    query.finish();
    m_audit.append(m_actor, { QStringLiteral("delete"), table, id, CanonicalRow::json(before, SchemaCatalog::secretColumns(table)), QByteArray(), QString() });
    touched(table, id, QSqlRecord());
}

void Transaction::logEvent(const QString &action, const QString &entity, qint64 entityId, const QString &detail)
{
    const FailureGuard guard(*this);
    m_audit.append(m_actor, { action, entity, entityId, QByteArray(), QByteArray(), detail });
}
