#include "databasebackup.h"

#include "../domain/accessscope.h"
#include "database.h"
#include "databasecopier.h"
#include "integritychecker.h"
#include "privatepath.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void removeWithJournal(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

DatabaseBackup::Checked DatabaseBackup::write(Database &db, const QString &target)
{
    const QString part = target + QStringLiteral(".part");
    removeWithJournal(part);
    PrivatePath::makeFolder(QFileInfo(target).absolutePath());
    try {
        if (db.dialect() == Database::Dialect::Sqlite) {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(part);
            if (!query.exec())
                throw StorageError(StorageError::Kind::Failed, tr("The backup %1 could not be written. Check that the folder exists, that you may write in it and that "
                                      "the disk has room enough.").arg(native(target)),
                                   query.lastError().text());
        } else {
            Database::Options options;
            options.seed = false;
            auto copy = Database::open(part, options);
            DatabaseCopier::copy(db, *copy, AccessScope::system());
        }
        // Readable by the owner only, whatever the umask of the program that asked for it.
        QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Checked checked = verify(part);
        QFile::remove(target);
        if (!QFile::rename(part, target))
            throw StorageError(StorageError::Kind::Failed,
                               tr("The backup was made but could not be given its name %1.").arg(native(target)));
        checked.bytes = QFileInfo(target).size();
        return checked;
    } catch (...) {
        removeWithJournal(part);
        throw;
    }
}

DatabaseBackup::Checked DatabaseBackup::verify(const QString &file)
{
    Database::Options options;
    options.mustExist = true;
    options.migrate = false;
    options.seed = false;
    Checked checked;
    {
        auto db = Database::open(file, options);
        const IntegrityChecker::Report report = IntegrityChecker(*db).run();
        if (!report.sound())
            throw StorageError(StorageError::Kind::Refused,
                               tr("%1 is not a sound backup, so it was not used. Choose another backup. What the check found: %2")
                                   .arg(native(file), report.problems.mid(0, 5).join(QStringLiteral("; "))));
        checked.schemaVersion = db->schemaVersion();
        checked.notes = report.notes;
    }
    checked.bytes = QFileInfo(file).size();
    return checked;
}

QString DatabaseBackup::restore(const QString &backup, const QString &location, const QString &label)
{
    if (Database::isServerLocation(location))
        throw StorageError(StorageError::Kind::Refused,
                           tr("A backup is put back into a database file. For a PostgreSQL server, create a new empty "
                              "database and copy the backup into it with 'dossierkast --database BACKUP migrate --to %1'.")
                               .arg(location));
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(location).absoluteFilePath())
        throw StorageError(StorageError::Kind::Refused, tr("The backup and the database are the same file."));
    verify(backup);
    if (Database::isInUse(location))
        throw StorageError(StorageError::Kind::Refused,
                           tr("The database %1 is open in Dossierkast (a window or a command, on this PC or another). "
                              "Close it everywhere, then put the backup back; nothing was changed.").arg(native(location)));

    // The backup is copied next to the database first, so the swap itself is two renames.
    const QString incoming = location + QStringLiteral(".restore.part");
    removeWithJournal(incoming);
    if (!QFile::copy(backup, incoming) || !QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        removeWithJournal(incoming);
        throw StorageError(StorageError::Kind::Failed, tr("The backup could not be copied to %1.").arg(native(incoming)));
    }
    QString aside;
    if (QFile::exists(location)) {
        aside = location + QStringLiteral(".before-restore-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (QFile::exists(location + suffix) && !QFile::rename(location + suffix, aside + suffix)) {
                // Put back what was moved already; the database stays as it was.
                for (const QString &undo : { QString(), QStringLiteral("-wal") })
                    if (QFile::exists(aside + undo))
                        QFile::rename(aside + undo, location + undo);
                removeWithJournal(incoming);
                throw StorageError(StorageError::Kind::Failed,
                                   tr("The current database %1 could not be moved aside; nothing was changed.").arg(native(location)));
            }
        }
    }
    if (!QFile::rename(incoming, location)) {
        if (!aside.isEmpty())
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                if (QFile::exists(aside + suffix))
                    QFile::rename(aside + suffix, location + suffix);
        removeWithJournal(incoming);
        throw StorageError(StorageError::Kind::Failed, tr("The backup could not be put in place; the database is as it was."));
    }
    // The trail of the restored database says when it came back, and from which file.
    auto restored = Database::openExisting(location);
    Transaction tx(*restored, AccessScope::system());
    tx.logEvent(QStringLiteral("restore"), QStringLiteral("database"), 0,
                QStringLiteral("from %1").arg(label.isEmpty() ? QFileInfo(backup).fileName() : label));
    tx.commit();
    return aside;
}
