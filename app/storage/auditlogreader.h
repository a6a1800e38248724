#pragma once

#include "../domain/auditrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

class Database;

// Reads the audit log for the viewer in Beheer: filtered and sorted in SQL, a page at a time.
// The log holds the content of every row, confidential cases included: read it through
// AuditTrail (services), which asks the permission model first.
class AuditLogReader
{
public:
    explicit AuditLogReader(Database &db);
    QList<AuditRecord> list(const AuditFilter &filter, int offset, int limit) const;
    int count(const AuditFilter &filter) const;
    std::optional<AuditRecord> get(qint64 seq) const;
    // What the filters can offer: the logins and tables that occur in the log.
    QStringList logins() const;
    QStringList entities() const;

private:
    struct Where {
        QString sql;
        QVariantList values;
    };
    Where whereOf(const AuditFilter &filter) const;
    QStringList distinct(const QString &column) const;

    Database &m_db;
};
