#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

class Database;
class Transaction;
struct SchemaField;
struct SchemaTable;

// Reads a JSON export back into a database that holds nothing but its defaults. Everything is
// checked before anything is written, and the writing is one transaction: an import succeeds
// whole or changes nothing. Each error names the JSON path of the bad value.
class JsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    // Larger files are refused before they are read: the whole document is held in memory, at
    // several times its size. A database too large for this moves with a backup instead.
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;
    // No text field holds more than a million characters; a longer string is refused unread.
    static constexpr qint64 MaxTextBytes = 8 * 1000 * 1000;
    struct Result {
        bool ok = false;
        QStringList errors;
        qint64 rows = 0;
    };

    JsonImporter(Database &db, const AccessScope &actor);
    Result importFile(const QString &path);
    Result importDocument(const QJsonObject &doc);

private:
    // One row to write, with the path it came from for error messages.
    struct Pending {
        QString table;
        QString path;
        QVariantMap values;
    };

    void collectIds(const QJsonObject &doc);
    void validateTable(const SchemaTable &table, const QJsonValue &value, const QString &path);
    void validateRow(const SchemaTable &table, const QJsonObject &object, const QString &path,
                     const QString &parentColumn, qint64 parentId, QList<Pending> &into);
    QVariant convert(const SchemaField &field, const QJsonValue &value, const QString &path);
    void error(const QString &path, const QString &text);
    void write(const QJsonObject &doc, Result &result);

    Database &m_db;
    AccessScope m_actor;
    QStringList m_errors;
    QHash<QString, QSet<qint64>> m_ids;     // ids present in the document, per table
    QList<Pending> m_parents;               // top-level rows, in write order
    QList<Pending> m_children;              // rows of child tables, written after their parents
};
