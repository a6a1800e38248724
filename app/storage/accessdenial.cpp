#include "accessdenial.h"

#include "../domain/accessscope.h"
#include "database.h"
#include "schemacatalog.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

QString AccessDenial::what(const QString &table)
{
    if (table == QLatin1String("incidents"))
        return tr("this incident");
    if (table == QLatin1String("persons"))
        return tr("this person's dossier");
    if (table == QLatin1String("correspondence"))
        return tr("this correspondence item");
    if (table == QLatin1String("measures"))
        return tr("this measure");
    if (table == QLatin1String("actions"))
        return tr("this action");
    return tr("this record");
}

void AccessDenial::raise(Database &db, const AccessScope &scope, const QString &table, qint64 id)
{
    if (!SchemaCatalog::table(table))
        throw StorageError(StorageError::Kind::Failed, tr("Unknown kind of record: %1.").arg(table));
    // Hidden or missing: on a server the user's own rows cannot tell, so it asks the server.
    const bool server = db.dialect() == Database::Dialect::Postgresql;
    QSqlQuery query = db.prepare(server ? QStringLiteral("SELECT 1 WHERE dk_row_exists(?, ?)")
                                        : QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    if (server)
        query.addBindValue(table);
    query.addBindValue(id);
    SqlValues::exec(query);
    const bool exists = query.next();
    query.finish();
    if (!exists) {
        QString message = tr("%1 does not exist (any more).").arg(what(table));
        message[0] = message[0].toUpper();
        throw StorageError(StorageError::Kind::NotFound, message);
    }
    Transaction tx(db, scope);
    tx.logEvent(QStringLiteral("denied"), table, id, QStringLiteral("read"));
    tx.commit();
    throw StorageError(StorageError::Kind::Denied,
                       tr("No access: you may not see %1. The attempt has been recorded.").arg(what(table)));
}

void AccessDenial::raiseForReference(Database &db, const AccessScope &scope, const QString &reference)
{
    QSqlQuery query = db.prepare(db.dialect() == Database::Dialect::Postgresql
                                     ? QStringLiteral("SELECT dk_incident_by_reference(?)")
                                     : QStringLiteral("SELECT id FROM incidents WHERE reference = ?"));
    query.addBindValue(reference.trimmed());
    SqlValues::exec(query);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (id == 0)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no incident %1.").arg(reference.trimmed()));
    raise(db, scope, QStringLiteral("incidents"), id);
}
