#include "rowstore.h"

#include "database.h"
#include "schemacatalog.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QSqlRecord>

RowStore::RowStore(Database &db) : m_db(db)
{
}

QList<QVariantMap> RowStore::rows(const QString &table, const QString &orderBy) const
{
    if (!SchemaCatalog::isAudited(table))
        throw StorageError(StorageError::Kind::Failed, tr("Internal error: unknown table %1.").arg(table));
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy));
    SqlValues::exec(query);
    QList<QVariantMap> result;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i) {
            QVariant value = record.value(i);
            switch (value.metaType().id()) {
            case QMetaType::QDate: value = SqlValues::date(value.toDate()); break;
            case QMetaType::QDateTime: value = SqlValues::moment(value.toDateTime()); break;
            case QMetaType::Bool: value = SqlValues::flag(value.toBool()); break;
            default: break;
            }
            row.insert(record.fieldName(i), value);
        }
        result.append(row);
    }
    return result;
}

qint64 RowStore::count(const QString &table) const
{
    if (!SchemaCatalog::isAudited(table))
        throw StorageError(StorageError::Kind::Failed, tr("Internal error: unknown table %1.").arg(table));
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    SqlValues::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool RowStore::holdsOnlyDefaults() const
{
    static const QStringList seeded{ QStringLiteral("protocol_versions"), QStringLiteral("protocol_articles"),
                                     QStringLiteral("measure_types"), QStringLiteral("settings"),
                                     QStringLiteral("letter_templates") };
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables())
        if (!seeded.contains(table.name) && count(table.name) > 0)
            return false;
    return true;
}

void RowStore::continueIdsAfterExisting()
{
    if (m_db.dialect() != Database::Dialect::Postgresql)
        return;
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        if (table.name == QLatin1String("organisation"))
            continue;   // its single row has id 1 and no sequence
        QSqlQuery query = m_db.prepare(QStringLiteral(
            "SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM %1")
                                           .arg(table.name));
        SqlValues::exec(query);
    }
}

void RowStore::clear(Transaction &tx, const QString &table)
{
    const QList<QVariantMap> all = rows(table);
    for (const QVariantMap &row : all)
        tx.remove(table, row.value(QStringLiteral("id")).toLongLong());
}
