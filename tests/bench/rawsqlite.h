#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

struct sqlite3;

// One statement as our storage layer ran it (SqlValues' recorder), to be run again without it.
struct RecordedStatement {
    QString sql;
    QVariantList values;
};

// The same database opened with SQLite's own C interface, no Qt in between: the yardstick the
// benchmark holds our layers against.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    // Prepares, binds and steps through every row of each reading statement (writes are left
    // out: they are measured with their own raw equivalent); returns the milliseconds taken.
    double replay(const QList<RecordedStatement> &statements);
    // Runs SQL without results; throws std::runtime_error on failure.
    void exec(const QString &sql);
    // The first column of the first row, or 0.
    qint64 scalar(const QString &sql);
    sqlite3 *handle() const { return m_db; }

    static bool isRead(const QString &sql);
    // Binds Qt values as our driver would (text as UTF-8, byte arrays as blobs).
    static void bind(struct sqlite3_stmt *statement, const QVariantList &values);

private:
    sqlite3 *m_db = nullptr;
};
