#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

class AccessScope;
class QSqlRecord;
class Database;

// Full-text search over persons, incidents, follow-up notes and correspondence, and the Dutch
// name order of persons (person_sort_keys), both derived from the rows. Text is folded
// by TextFolding before it is indexed and before it is searched, so FTS5 and PostgreSQL find
// the same rows, whatever the case and diacritics. Transaction keeps the index up to date for
// every row it writes; results honour the reader's AccessScope.
class SearchIndex
{
public:
    struct Hit {
        QString entity;     // table: persons, incidents, incident_notes, correspondence
        qint64 id = 0;
        bool operator==(const Hit &other) const { return entity == other.entity && id == other.id; }
    };

    explicit SearchIndex(Database &db);

    static bool isIndexed(const QString &table);
    // What one transaction changes in the index, written at its commit (write()): on SQLite
    // entries written one statement each would each become an FTS5 segment of their own.
    struct Pending {
        QHash<qint64, QString> bodies;      // index key → text; empty when there is nothing to find
        QSet<qint64> replaced;              // keys whose earlier entry goes first
    };
    // A row just inserted, as the write returned it: nothing to replace, nothing to re-read.
    void rowInserted(const QString &table, const QSqlRecord &row, Pending &pending);
    // Replaces one row's entry with what `row` (as the write left it) holds, or removes it when
    // `row` is empty (deleted). The name key is written at once, the text at write().
    void rowChanged(const QString &table, qint64 id, const QSqlRecord &row, Pending &pending);
    // Writes and clears `pending`; part of the caller's transaction.
    void write(Pending &pending);
    // Indexes every row anew (after a migration or a verbatim copy).
    void rebuild();
    // Every word of `text` must begin a word of the row; newest rows first (highest id).
    QList<Hit> search(const AccessScope &scope, const QString &text, int limit = 200) const;
    // For repositories that filter a list by search text: the expression to bind (empty when
    // the text holds no words) and a subquery, taking that one parameter, that selects the ids
    // of `table`'s matching rows.
    QString matchExpression(const QString &text) const;
    QString matchingIdsSql(const QString &table) const;

private:
    // From a row holding (at least) the persons' name columns.
    void insertNameKey(qint64 personId, const QSqlRecord &row);
    void writeBatches(const QList<qint64> &removed, const QList<QPair<qint64, QString>> &added);
    // The folded text of entity `number`'s searchable columns in `row`.
    static QString bodyFrom(int number, const QSqlRecord &row);
    Database &m_db;
};
