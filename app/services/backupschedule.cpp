#include "backupschedule.h"

#include "auditedoutput.h"
#include "backupkeyservice.h"
#include "sealedbackup.h"

#include "permissions.h"

#include "../domain/auditanchor.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../domain/storageerror.h"
#include "../storage/databasebackup.h"
#include "../storage/privatepath.h"

#include "../domain/backuprotation.h"
#include "../domain/accessscope.h"
#include "eventlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QRegularExpression &ourName()
{
    static const QRegularExpression name(QStringLiteral("^dossierkast-(\\d{4}-\\d{2}-\\d{2})(-\\d{4,6})?\\.(sqlite|dkbackup)$"));
    return name;
}

// Where plain copies go (never the backup folder): beside a database file, on its disk; for a
// server, the user's own data folder.
QString plainFolder(const QString &location)
{
    if (!Database::isServerLocation(location))
        return QFileInfo(location).absolutePath();
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("tmp"));
    PrivatePath::makeFolder(folder);
    return folder;
}

QString plainBeside(const QString &location, const QString &what)
{
    // Time and process: two programs making a backup of one file at once never share a name.
    return QDir(plainFolder(location)).filePath(QStringLiteral(".%1.%2-%3-%4.part")
                                     .arg(QFileInfo(location).fileName(), what,
                                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")))
                                     .arg(QCoreApplication::applicationPid()));
}

// Plain copies that a backup ended by a power cut or a kill left beside the database; a day old,
// so that a backup still being made by another process keeps its own.
void removeStaleCopies(const QString &location)
{
    const QString pattern = QStringLiteral(".%1.backup-*.part").arg(QFileInfo(location).fileName());
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &stale : QDir(plainFolder(location)).entryInfoList({ pattern }, QDir::Files | QDir::Hidden))
        if (stale.lastModified() < dayAgo)
            QFile::remove(stale.absoluteFilePath());
}

} // namespace

QString BackupSchedule::folder()
{
    const QString fallback = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    return QSettings().value(QStringLiteral("backup/folder"), fallback).toString();
}

void BackupSchedule::setFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("backup/folder"), folder);
}

QString BackupSchedule::dailyName(const QDate &day, bool sealed)
{
    return QStringLiteral("dossierkast-%1").arg(day.toString(Qt::ISODate)) + extension(sealed);
}

QList<BackupSchedule::File> BackupSchedule::files(const QString &folder)
{
    QList<File> result;
    const QFileInfoList entries = QDir(folder).entryInfoList({ QStringLiteral("dossierkast-*.sqlite"), QStringLiteral("dossierkast-*.dkbackup") }, QDir::Files);
    for (const QFileInfo &info : entries) {
        const QRegularExpressionMatch match = ourName().match(info.fileName());
        if (!match.hasMatch())
            continue;
        File f;
        f.path = info.absoluteFilePath();
        // Only a name without a time is a daily backup that rotation may remove.
        if (match.captured(2).isEmpty())
            f.day = QDate::fromString(match.captured(1), Qt::ISODate);
        f.modified = info.lastModified();
        f.bytes = info.size();
        result.append(f);
    }
    std::sort(result.begin(), result.end(), [](const File &a, const File &b) { return a.modified > b.modified; });
    return result;
}

QDateTime BackupSchedule::lastGood(const QString &folder)
{
    QDateTime latest = QSettings().value(QStringLiteral("backup/lastGood")).toDateTime();
    const QList<File> found = files(folder);
    if (!found.isEmpty() && (!latest.isValid() || found.first().modified > latest))
        latest = found.first().modified;
    return latest;
}

void BackupSchedule::rememberGood(const QDateTime &when)
{
    QSettings settings;
    const QDateTime known = settings.value(QStringLiteral("backup/lastGood")).toDateTime();
    if (!known.isValid() || when > known)
        settings.setValue(QStringLiteral("backup/lastGood"), when);
}

bool BackupSchedule::needsWarning(const QString &folder, const QDateTime &now)
{
    const QDateTime last = lastGood(folder);
    return !last.isValid() || last.daysTo(now) > 7;
}

BackupCheck BackupSchedule::make(Database &db, const QString &target, const AccessScope &who, const QString &how, bool plain)
{
    Permissions::require(db, who, Permission::ManageBackups, QStringLiteral("database"));
    const std::optional<SealedBackup::Key> key = plain ? std::nullopt : BackupKeyService(db).current();
    // Checked under a temporary name, recorded, then named: no backup without its record.
    PrivatePath::makeFolder(QFileInfo(target).absolutePath());
    AuditedOutput output(target);
    // Read before the copy: the backup holds this record too, so the mark holds for the live
    // database and for the backup once it is put back.
    const AuditAnchor anchor = AuditLog::head(db);
    DatabaseBackup::Checked checked;
    QString detail = how;
    if (key) {
        // The plain copy is checked where the database lives, then sealed into the backup folder.
        removeStaleCopies(db.location());
        const QString copy = plainBeside(db.location(), QStringLiteral("backup"));
        try {
            checked = DatabaseBackup::write(db, copy);
            SealedBackup::seal(copy, output.partPath(), *key);
        } catch (...) {
            QFile::remove(copy);
            throw;
        }
        QFile::remove(copy);
        checked.bytes = QFileInfo(output.partPath()).size();
        checked.sealedWith = key->fingerprint();
        detail += QStringLiteral(", sealed with key %1").arg(checked.sealedWith);
    } else {
        checked = DatabaseBackup::write(db, output.partPath());
        detail += QStringLiteral(", not sealed");
    }
    output.publish(db, who, QStringLiteral("backup"), QStringLiteral("database"), 0, detail);
    rememberGood(QDateTime::currentDateTime());
    BackupCheck result = checked;
    result.anchor = anchor.text();
    // The mark log is a help, not the backup: a folder that takes the backup but not this line
    // (full disk) leaves the backup as good as it is.
    QFile log(QDir(QFileInfo(target).absolutePath()).filePath(anchorLogName()));
    if (log.open(QIODevice::Append | QIODevice::Text)) {
        log.write(QStringLiteral("%1  %2  %3\n")
                      .arg(QDateTime::currentDateTime().toString(Qt::ISODate), result.anchor, QFileInfo(target).fileName())
                      .toUtf8());
    }
    return result;
}

QString BackupSchedule::runDaily(Database &db, const QString &folder, const QDate &today)
{
    const QString target = QDir(folder).filePath(dailyName(today, BackupKeyService(db).current().has_value()));
    if (QFileInfo::exists(target))
        return QString();
    make(db, target, AccessScope::system(), QStringLiteral("daily"));
    rotate(folder);
    return target;
}

int BackupSchedule::rotate(const QString &folder)
{
    QList<QDate> days;
    const QList<File> found = files(folder);
    for (const File &f : found)
        if (f.day.isValid())
            days.append(f.day);
    const QSet<QDate> kept = BackupRotation::keep(days);
    int removed = 0;
    for (const File &f : found)
        if (f.day.isValid() && !kept.contains(f.day) && QFile::remove(f.path))
            ++removed;
    return removed;
}

QStringList BackupSchedule::anchorsIn(const QString &logFile)
{
    QStringList marks;
    QFile log(logFile);
    if (!log.open(QIODevice::ReadOnly | QIODevice::Text))
        return marks;
    while (!log.atEnd()) {
        const QStringList fields = QString::fromUtf8(log.readLine()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 2 && AuditAnchor::parse(fields.at(1)))
            marks.append(fields.at(1));
    }
    return marks;
}

BackupCheck BackupSchedule::verify(const QString &file)
{
    return DatabaseBackup::verify(file);
}

QString BackupSchedule::unseal(const QString &backup, const QString &passphrase, const QString &location)
{
    const QString plain = plainBeside(location, QStringLiteral("restore"));
    try {
        SealedBackup::open(backup, passphrase, plain);
        DatabaseBackup::verify(plain);
    } catch (...) {
        QFile::remove(plain);
        throw;
    }
    return plain;
}

QString BackupSchedule::putBack(const QString &backup, const QString &location, const QString &label)
{
    return DatabaseBackup::restore(backup, location, label);
}
