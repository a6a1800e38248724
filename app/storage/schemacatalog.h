#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// How a column's values are checked and written in the JSON exchange.
enum class SchemaType { Integer, Text, Date, Moment, Flag, Reference, Code, Sha256 };

// A column of an audited table.
struct SchemaField
{
    QString name;
    SchemaType type = SchemaType::Text;
    bool required = false;      // must be present and not null in an import
    QString refTable;           // for Reference
    QStringList codes;          // for Code
    bool exported = true;       // false: internal column, not part of the JSON format
    bool secret = false;        // audited as a digest only (password hashes)
};

// A table written inside its parent's JSON object: "articles": [...] in a protocol version.
struct SchemaChild
{
    QString key;
    QString table;
    QString parentColumn;
    QString scalarColumn;       // set: the JSON holds only this column's values, as an array
};

// An audited table.
struct SchemaTable
{
    QString name;
    QString jsonKey;            // top-level key; empty for tables only written as children
    bool single = false;        // at most one row, exported as an object
    bool versioned = false;
    bool exported = true;
    QList<SchemaField> fields;
    QList<SchemaChild> children;
};

// What the program knows about each audited table: its columns with their meaning, how it
// appears in the JSON exchange format, and its name for people. The audit log, `check`,
// export-json and import-json are driven by it; a test keeps it equal to the real schema.
class SchemaCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCatalog)

public:
    using Type = SchemaType;
    using Field = SchemaField;
    using Child = SchemaChild;
    using Table = SchemaTable;

    // Top-level tables come in dependency order (a table refers only to tables before it or to
    // itself); child tables are written after all rows of their parent table.
    static const QList<Table> &tables();
    static const Table *table(const QString &name);
    static bool isAudited(const QString &name);
    static QStringList secretColumns(const QString &name);
    // The most characters a text column holds, the same on every database: names are short
    // (and indexed), free text is long but not endless. 0 for columns that are not text.
    static int maxLength(const QString &table, const QString &column);
    // A person's word for a table's row: "person", "incident" (translated).
    static QString label(const QString &name);
};
