#pragma once

#include "../domain/auditrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

class AccessScope;
class Database;

// Reads the audit log for the viewer in Beheer: filtered and sorted in SQL, a page at a time.
// The log holds the content of every row, confidential cases included, so only an
// administrator may read it; anyone else gets StorageError(Denied).
class AuditLogReader
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogReader)

public:
    explicit AuditLogReader(Database &db);
    QList<AuditRecord> list(const AccessScope &scope, const AuditFilter &filter, int offset, int limit) const;
    int count(const AccessScope &scope, const AuditFilter &filter) const;
    std::optional<AuditRecord> get(const AccessScope &scope, qint64 seq) const;
    // What the filters can offer: the logins and tables that occur in the log.
    QStringList logins(const AccessScope &scope) const;
    QStringList entities(const AccessScope &scope) const;

private:
    struct Where {
        QString sql;
        QVariantList values;
    };
    void requireAdministrator(const AccessScope &scope) const;
    Where whereOf(const AuditFilter &filter) const;
    QStringList distinct(const AccessScope &scope, const QString &column) const;

    Database &m_db;
};
