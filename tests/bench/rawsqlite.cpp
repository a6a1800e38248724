#include "rawsqlite.h"

#include <QElapsedTimer>
#include <sqlite3.h>
#include <stdexcept>

RawSqlite::RawSqlite(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + sqlite3_errmsg(m_db));
    sqlite3_busy_timeout(m_db, 10000);
}

RawSqlite::~RawSqlite()
{
    sqlite3_close_v2(m_db);
}

bool RawSqlite::isRead(const QString &sql)
{
    const QString start = sql.trimmed().left(6).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("WITH"));
}

void RawSqlite::bind(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int at = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(statement, at);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(statement, at, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, at, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            sqlite3_bind_blob64(statement, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text64(statement, at, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }
}

double RawSqlite::replay(const QList<RecordedStatement> &statements)
{
    QElapsedTimer timer;
    timer.start();
    for (const RecordedStatement &s : statements) {
        if (!isRead(s.sql))
            continue;
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = s.sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot prepare " + s.sql.toStdString() + ": " + sqlite3_errmsg(m_db));
        bind(statement, s.values);
        // Every column of every row is read, as a caller would.
        while (sqlite3_step(statement) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
        sqlite3_finalize(statement);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

void RawSqlite::exec(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw std::runtime_error(sql.toStdString() + ": " + message);
    }
}

qint64 RawSqlite::scalar(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot prepare " + sql.toStdString() + ": " + sqlite3_errmsg(m_db));
    const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return value;
}
