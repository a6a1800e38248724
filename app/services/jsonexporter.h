#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

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
    // Writes the document atomically; throws StorageError with a Dutch message on failure.
    void write(const QString &path) const;

private:
    Database &m_db;
};
