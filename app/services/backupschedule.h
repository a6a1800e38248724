#pragma once

#include "../domain/backupcheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class AccessScope;
class Database;

// The automatic backups of this PC's database file: at the first start of each day a checked
// copy goes into the backup folder (a setting of this PC, like the database choice), named by
// its day, and the folder is rotated (7 daily, 4 weekly, 12 monthly). The window warns when the
// last good backup is older than a week. Once the board has set a backup passphrase every backup
// is sealed (SealedBackup, "….dkbackup"); the plain copy that is checked before sealing stays
// beside the database, never in the backup folder.
class BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    struct File {
        QString path;
        QDate day;              // from the name; invalid for a backup made by hand elsewhere
        QDateTime modified;
        qint64 bytes = 0;
    };

    static QString folder();
    static void setFolder(const QString &folder);
    // Backups in the folder, newest first (daily ones and those made by hand with our name).
    static QList<File> files(const QString &folder);
    static QString dailyName(const QDate &day, bool sealed);
    static QString extension(bool sealed) { return sealed ? QStringLiteral(".dkbackup") : QStringLiteral(".sqlite"); }
    // When the newest checked backup was made: in the folder, or anywhere by hand on this PC.
    static QDateTime lastGood(const QString &folder);
    static void rememberGood(const QDateTime &when);
    static bool needsWarning(const QString &folder, const QDateTime &now);

    // A checked backup at `target`, remembered as this PC's last good one and recorded in the
    // audit trail (`how`: by command, in the window, daily). Throws StorageError when it fails,
    // Denied (recorded) for anyone who may not make backups.
    // Sealed when the board set a key, unless `plain` (recorded as such).
    static BackupCheck make(Database &db, const QString &target, const AccessScope &who, const QString &how,
                            bool plain = false);
    // Makes today's backup unless there is one, then rotates. Returns the new file's path, empty
    // when today's backup existed already. Throws StorageError when the backup fails.
    static QString runDaily(Database &db, const QString &folder, const QDate &today);
    // Beside the backups: one line per backup with the audit mark of the trail once it was
    // recorded, so that a trail rewritten later is caught by `check --anchor` (another disk
    // keeps what the database cannot take back).
    static QString anchorLogName() { return QStringLiteral("auditkenmerken.txt"); }
    // The marks of such a log file, oldest first; lines that hold none are passed over.
    static QStringList anchorsIn(const QString &logFile);
    // Removes the daily backups that rotation does not keep; returns how many went.
    static int rotate(const QString &folder);
    // A Dossierkast database whose check is sound; throws StorageError(Refused) naming the problems.
    static BackupCheck verify(const QString &file);
    // A sealed backup opened with `passphrase` into a plain file beside `location` (the database
    // it will replace, on the same disk), checked. Returns its path; the caller removes it.
    // Throws SealedBackup::WrongPassphrase, or StorageError(Refused) for a damaged file or a
    // failed check.
    static QString unseal(const QString &backup, const QString &passphrase, const QString &location);
    // Puts a checked backup in the place of the database file at `location`, which nobody may
    // have open; the current file is kept beside it. Returns where it was put (empty: none).
    // `label`: the backup's name for the audit trail when `backup` is an unsealed copy.
    static QString putBack(const QString &backup, const QString &location, const QString &label = QString());
};
