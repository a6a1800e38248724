#include "sqlvalues.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace SqlValues {

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QString momentText(const QDateTime &value)
{
    return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QVariant moment(const QDateTime &value)
{
    return value.isValid() ? QVariant(momentText(value)) : QVariant();
}

QVariant flag(bool value)
{
    return QVariant(qint64(value ? 1 : 0));
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant id(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDateTime toMoment(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return result.isValid() ? result.toUTC() : result;
}

QDateTime now()
{
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(current.toMSecsSinceEpoch(), QTimeZone::utc());
}

namespace {

Recorder &recorder()
{
    static Recorder instance;
    return instance;
}

} // namespace

void setRecorder(const Recorder &listener)
{
    recorder() = listener;
}

void exec(QSqlQuery &query)
{
    if (recorder())
        recorder()(query.lastQuery(), query.boundValues());
    if (!query.exec())
        throw StorageError(StorageError::Kind::Failed,
                           QCoreApplication::translate("Storage", "The database could not carry out a request."),
                           query.lastError().text() + QStringLiteral(" — ") + query.lastQuery());
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw StorageError(StorageError::Kind::Failed,
                           QCoreApplication::translate("Storage", "The database could not carry out a request."),
                           query.lastError().text() + QStringLiteral(" — ") + sql);
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(StorageError::Kind::Failed,
                           QCoreApplication::translate("Storage", "The database could not carry out a request."),
                           query.lastError().text() + QStringLiteral(" — ") + sql);
    return query;
}

} // namespace SqlValues
