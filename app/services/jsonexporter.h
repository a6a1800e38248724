#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class AccessScope;
class Database;

// The whole database as one JSON document (docs/json-format.md). Attachments appear as
// metadata with their SHA-256; their content stays in backups. No password hashes.
class JsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    static constexpr int FormatVersion = 1;

    explicit JsonExporter(Database &db);
    QJsonObject document() const;
    // Writes the document (owner-readable) and records the export by `who` in the audit log;
    // the file gets its name only after the record. Throws StorageError with a Dutch message.
    void write(const QString &path, const AccessScope &who) const;

private:
    Database &m_db;
};
