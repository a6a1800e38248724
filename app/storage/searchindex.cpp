#include "searchindex.h"

#include "../domain/accessscope.h"
#include "../domain/textfolding.h"
#include "accessfilter.h"
#include "database.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <algorithm>

namespace {

struct Indexed {
    const char *table;
    const char *columns;    // what is searchable, in this order
};

// The position in this list is the entity number in the index key (id * 4 + number).
const Indexed indexed[] = {
    { "persons", "given_names, roepnaam, tussenvoegsel, surname, external_id, group_name, function_title" },
    { "incidents", "reference, title, description, closing_summary" },
    { "incident_notes", "body" },
    { "correspondence", "correspondent, subject, summary, registered_number" },
};
constexpr int EntityCount = 4;

int entityNumber(const QString &table)
{
    for (int i = 0; i < EntityCount; ++i)
        if (table == QLatin1String(indexed[i].table))
            return i;
    return -1;
}

} // namespace

SearchIndex::SearchIndex(Database &db) : m_db(db)
{
}

bool SearchIndex::isIndexed(const QString &table)
{
    return entityNumber(table) >= 0;
}

QString SearchIndex::bodyFrom(int number, const QSqlRecord &row)
{
    QStringList parts;
    for (const QString &column : QString::fromLatin1(indexed[number].columns).split(QStringLiteral(", "))) {
        const QVariant value = row.value(column);
        if (!value.isNull())
            parts.append(value.toString());
    }
    return TextFolding::words(parts.join(QLatin1Char(' '))).join(QLatin1Char(' '));
}

void SearchIndex::insertNameKey(qint64 personId, const QSqlRecord &row)
{
    const QString surname = row.value(QStringLiteral("surname")).toString();
    const QString tussenvoegsel = row.value(QStringLiteral("tussenvoegsel")).toString();
    const QString roepnaam = row.value(QStringLiteral("roepnaam")).toString();
    const QString givenNames = row.value(QStringLiteral("given_names")).toString();
    // Surname first, then the name used, then the tussenvoegsel; the separator sorts before
    // any letter, so "Hof" comes before "Hofman".
    const QString first = roepnaam.isEmpty() ? givenNames.section(QLatin1Char(' '), 0, 0) : roepnaam;
    const QString key = TextFolding::words(surname).join(QLatin1Char(' ')) + QLatin1Char('\x01')
                        + TextFolding::words(first).join(QLatin1Char(' ')) + QLatin1Char('\x01')
                        + TextFolding::words(tussenvoegsel).join(QLatin1Char(' '));
    QSqlQuery &insert = m_db.cached(QStringLiteral("INSERT INTO person_sort_keys (person_id, name_key) VALUES (?, ?)"));
    insert.addBindValue(personId);
    insert.addBindValue(key);
    SqlValues::exec(insert);
    insert.finish();
}

void SearchIndex::rowInserted(const QString &table, const QSqlRecord &row, Pending &pending)
{
    const int number = entityNumber(table);
    if (number < 0)
        return;
    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
    if (number == 0)
        insertNameKey(id, row);
    pending.bodies.insert(id * EntityCount + number, bodyFrom(number, row));
}

void SearchIndex::rowChanged(const QString &table, qint64 id, const QSqlRecord &row, Pending &pending)
{
    const int number = entityNumber(table);
    if (number < 0)
        return;
    if (number == 0) {
        QSqlQuery &remove = m_db.cached(QStringLiteral("DELETE FROM person_sort_keys WHERE person_id = ?"));
        remove.addBindValue(id);
        SqlValues::exec(remove);
        remove.finish();
        if (!row.isEmpty())
            insertNameKey(id, row);
    }
    const qint64 key = id * EntityCount + number;
    pending.replaced.insert(key);
    pending.bodies.insert(key, row.isEmpty() ? QString() : bodyFrom(number, row));
}

void SearchIndex::write(Pending &pending)
{
    if (pending.bodies.isEmpty() && pending.replaced.isEmpty())
        return;
    QList<qint64> removed(pending.replaced.cbegin(), pending.replaced.cend());
    std::sort(removed.begin(), removed.end());
    QList<QPair<qint64, QString>> added;
    for (auto it = pending.bodies.cbegin(); it != pending.bodies.cend(); ++it)
        if (!it.value().isEmpty())     // nothing to find
            added.append({ it.key(), it.value() });
    pending = Pending();
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        writeBatches(removed, added);
        return;
    }
    QSqlQuery &remove = m_db.cached(QStringLiteral("DELETE FROM search_index WHERE key = ?"));
    for (qint64 key : std::as_const(removed)) {
        remove.addBindValue(key);
        SqlValues::exec(remove);
        remove.finish();
    }
    QSqlQuery &insert = m_db.cached(QStringLiteral("INSERT INTO search_index (key, body) VALUES (?, ?)"));
    for (const auto &[key, body] : std::as_const(added)) {
        insert.addBindValue(key);
        insert.addBindValue(body);
        SqlValues::exec(insert);
        insert.finish();
    }
}

void SearchIndex::writeBatches(const QList<qint64> &removed, const QList<QPair<qint64, QString>> &added)
{
    // Every statement after a write to an FTS5 table first writes the table's pending terms to
    // disk (its savepoint): rows indexed one statement each would each become a segment of
    // their own, to be merged again and again. Thousands of rows per statement instead.
    constexpr int Batch = 5000;
    QSqlQuery &remove = m_db.cached(QStringLiteral(
        "DELETE FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))"));
    for (qsizetype at = 0; at < removed.size(); at += Batch) {
        QJsonArray keys;
        for (qsizetype i = at; i < std::min(removed.size(), at + Batch); ++i)
            keys.append(removed.at(i));
        remove.addBindValue(QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
        SqlValues::exec(remove);
        remove.finish();
    }
    QSqlQuery &insert = m_db.cached(QStringLiteral(
        "INSERT INTO search_index (rowid, body) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)"));
    for (qsizetype at = 0; at < added.size(); at += Batch) {
        QJsonArray rows;
        for (qsizetype i = at; i < std::min(added.size(), at + Batch); ++i)
            rows.append(QJsonArray{ added.at(i).first, added.at(i).second });
        insert.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        SqlValues::exec(insert);
        insert.finish();
    }
}

void SearchIndex::rebuild()
{
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM search_index"));
    SqlValues::exec(clear);
    QSqlQuery clearKeys = m_db.prepare(QStringLiteral("DELETE FROM person_sort_keys"));
    SqlValues::exec(clearKeys);
    for (int number = 0; number < EntityCount; ++number) {
        // Read whole first: a server connection streams one result at a time.
        QSqlQuery rows = m_db.prepare(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                                          .arg(QLatin1String(indexed[number].columns), QLatin1String(indexed[number].table)));
        SqlValues::exec(rows);
        QList<QSqlRecord> all;
        while (rows.next())
            all.append(rows.record());
        rows.finish();
        Pending pending;
        for (const QSqlRecord &row : std::as_const(all)) {
            const qint64 id = row.value(0).toLongLong();
            if (number == 0)
                insertNameKey(id, row);
            pending.bodies.insert(id * EntityCount + number, bodyFrom(number, row));
        }
        write(pending);
    }
}

QString SearchIndex::matchExpression(const QString &text) const
{
    QStringList terms;
    const bool sqlite = m_db.dialect() == Database::Dialect::Sqlite;
    for (const QString &word : TextFolding::words(text))
        terms.append(sqlite ? QLatin1Char('"') + word + QStringLiteral("\"*") : word + QStringLiteral(":*"));
    // Words are letters and digits only, so the query syntax cannot be broken by the user.
    return terms.join(sqlite ? QStringLiteral(" AND ") : QStringLiteral(" & "));
}

QString SearchIndex::matchingIdsSql(const QString &table) const
{
    const QString key = m_db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("rowid") : QStringLiteral("key");
    const QString match = m_db.dialect() == Database::Dialect::Sqlite
        ? QStringLiteral("search_index MATCH ?")
        : QStringLiteral("document @@ to_tsquery('simple', ?)");
    // The outer query filters on the entity: FTS5 resolves MATCH only in a query of its own.
    return QStringLiteral("SELECT m.key / %1 FROM (SELECT %2 AS key FROM search_index WHERE %3) m WHERE m.key % %1 = %4")
        .arg(EntityCount).arg(key, match).arg(entityNumber(table));
}

QList<SearchIndex::Hit> SearchIndex::search(const AccessScope &scope, const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return {};
    const bool sqlite = m_db.dialect() == Database::Dialect::Sqlite;
    // The match runs in a subquery (FTS5 resolves MATCH only against its own table there); each
    // entity is then joined with its own access rule: notes follow their incident,
    // correspondence its dossier's person. Newest key first: FTS5 hands its matches over in
    // that order, so a common word stops at the limit instead of sorting every match.
    const QString matching = sqlite
        ? QStringLiteral("SELECT rowid AS key FROM search_index WHERE search_index MATCH ?")
        : QStringLiteral("SELECT key FROM search_index WHERE document @@ to_tsquery('simple', ?)");
    const QString sql = QStringLiteral(
        "SELECT s.key FROM (%1) s "
        "LEFT JOIN persons p ON s.key % 4 = 0 AND p.id = s.key / 4 "
        "LEFT JOIN incidents i ON s.key % 4 = 1 AND i.id = s.key / 4 "
        "LEFT JOIN incident_notes n ON s.key % 4 = 2 AND n.id = s.key / 4 "
        "LEFT JOIN incidents ni ON ni.id = n.incident_id "
        "LEFT JOIN correspondence c ON s.key % 4 = 3 AND c.id = s.key / 4 "
        "LEFT JOIN persons cp ON cp.id = c.person_id LEFT JOIN incidents ci ON ci.id = c.incident_id "
        "WHERE (p.id IS NOT NULL AND %2) OR (i.id IS NOT NULL AND %3) "
        "OR (n.id IS NOT NULL AND %4) OR (c.id IS NOT NULL AND %5) "
        "ORDER BY s.key DESC LIMIT ?")
                            .arg(matching, AccessFilter::persons(scope, QStringLiteral("p")),
                                 AccessFilter::incidents(scope, QStringLiteral("i")),
                                 AccessFilter::incidents(scope, QStringLiteral("ni")),
                                 AccessFilter::correspondence(scope, QStringLiteral("cp"), QStringLiteral("ci")));
    QSqlQuery query = m_db.prepare(sql);
    query.addBindValue(match);
    query.addBindValue(limit);
    SqlValues::exec(query);
    QList<Hit> hits;
    while (query.next()) {
        const qint64 key = query.value(0).toLongLong();
        hits.append({ QLatin1String(indexed[key % EntityCount].table), key / EntityCount });
    }
    return hits;
}
