#pragma once

#include <functional>

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// How domain values are stored: dates as 'YYYY-MM-DD', moments as UTC
// 'YYYY-MM-DDTHH:MM:SS.zzzZ', flags as 0/1, absent values as NULL. Reading accepts what
// either driver returns (text or native date types).
namespace SqlValues {

QVariant date(const QDate &value);
QVariant moment(const QDateTime &value);
QVariant flag(bool value);
QVariant text(const QString &value);      // empty text is stored as NULL
QVariant id(qint64 value);                // 0 is stored as NULL

QString momentText(const QDateTime &value);
QDate toDate(const QVariant &value);
QDateTime toMoment(const QVariant &value);

// The moment now, at the precision we store.
QDateTime now();

// Executes a prepared query; throws StorageError with the driver's text on failure.
void exec(QSqlQuery &query);
// Tests and the benchmark see every prepared statement that runs, with its bound values (to ask
// the database for its query plan); null: nobody listens. Not thread-safe; set it before use.
using Recorder = std::function<void(const QString &sql, const QVariantList &values)>;
void setRecorder(const Recorder &recorder);
void exec(QSqlQuery &query, const QString &sql);
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);

} // namespace SqlValues
