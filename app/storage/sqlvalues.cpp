#include "sqlvalues.h"

#include "database.h"
#include "sqlfailure.h"
#include "../domain/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
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

bool isConstraint(const QSqlError &error, bool sqlite)
{
    const QString code = error.nativeErrorCode();
    return sqlite ? (code.toInt() & 0xff) == 19 : code.startsWith(QLatin1String("23"));
}

StorageError failure(const QSqlError &error, const QString &sql, const QSqlDriver *driver)
{
    const bool isSqlite = driver && driver->dbmsType() == QSqlDriver::SQLite;
    const QString code = error.nativeErrorCode();
    const QString detail = error.text() + QStringLiteral(" — ") + sql;
    const int sqlite = isSqlite ? code.toInt() & 0xff : -1;
    QString location = QDir::toNativeSeparators(Database::locationOf(driver));
    const QString folder = isSqlite && !location.isEmpty() ? QDir::toNativeSeparators(QFileInfo(location).absolutePath())
                                                           : location;
    if (location.isEmpty())
        location = QCoreApplication::translate("Storage", "(unknown)");
    auto say = [&](StorageError::Kind kind, const char *text) {
        QString message = QCoreApplication::translate("Storage", text);
        if (message.contains(QLatin1String("%2")))
            message = message.arg(location, folder.isEmpty() ? location : folder);
        else if (message.contains(QLatin1String("%1")))
            message = message.arg(location);
        return StorageError(kind, message, detail);
    };
    if ((isSqlite && sqlite == 8) || (!isSqlite && code == QLatin1String("25006")))
        return say(StorageError::Kind::Refused,
                   QT_TRANSLATE_NOOP("Storage", "Dossierkast may not write to the database %1: the file or its folder %2 is read-only for "
                   "your account. Ask whoever manages this PC for write permission on both; nothing was changed."));
    if ((isSqlite && sqlite == 13) || (!isSqlite && code == QLatin1String("53100")))
        return say(StorageError::Kind::Failed,
                   QT_TRANSLATE_NOOP("Storage", "The disk that holds the database %1 is full; nothing was changed. Make room on it (in %2) and try again."));
    if (isSqlite && (sqlite == 5 || sqlite == 6))
        return say(StorageError::Kind::Failed,
                   QT_TRANSLATE_NOOP("Storage", "The database %1 is busy: another program or PC is writing to it. Nothing was changed; try "
                   "again in a moment."));
    if (isSqlite && (sqlite == 10 || sqlite == 14))
        return say(StorageError::Kind::Failed,
                   QT_TRANSLATE_NOOP("Storage", "The database %1 could not be read or written (a disk or network fault, or no permission on "
                   "its folder %2). Nothing was changed; check the disk and try again."));
    if (isSqlite && (sqlite == 11 || sqlite == 26))
        return say(StorageError::Kind::Failed,
                   QT_TRANSLATE_NOOP("Storage", "The database %1 is damaged. Run 'dossierkast check' and restore a backup if it finds problems."));
    if (!isSqlite && code == QLatin1String("42501"))
        return say(StorageError::Kind::Denied,
                   QT_TRANSLATE_NOOP("Storage", "The database server refused this for your account on %1; nothing was changed."));
    return say(StorageError::Kind::Failed,
                   QT_TRANSLATE_NOOP("Storage", "The database could not carry out a request."));
}

void exec(QSqlQuery &query)
{
    if (recorder())
        recorder()(query.lastQuery(), query.boundValues());
    if (!query.exec())
        throw failure(query.lastError(), query.lastQuery(), query.driver());
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw failure(query.lastError(), sql, query.driver());
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw failure(query.lastError(), sql, query.driver());
    return query;
}

} // namespace SqlValues
