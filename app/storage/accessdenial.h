#pragma once

#include <QCoreApplication>
#include <QString>

class AccessScope;
class Database;

// What happens when someone asks by id for a row their scope hides: the attempt is written to
// the audit log (action `denied`) and the caller gets StorageError(Denied) "geen toegang"; a row
// that does not exist gives NotFound. Call it outside an open Transaction (it writes its own).
// Repositories' require() use it after their scoped get() found nothing.
class AccessDenial
{
    Q_DECLARE_TR_FUNCTIONS(AccessDenial)

public:
    [[noreturn]] static void raise(Database &db, const AccessScope &scope, const QString &table, qint64 id);
    // An incident asked for by its reference ("2026-0042").
    [[noreturn]] static void raiseForReference(Database &db, const AccessScope &scope, const QString &reference);

private:
    static QString what(const QString &table);
};
