#pragma once

#include "../domain/backupcheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// Backups of the whole database as one SQLite file. A copy is made while the program is in use
// (SQLite: VACUUM INTO, which reads one consistent snapshot; PostgreSQL: every row copied into a
// new file) and checked with the full `check` before it is put in place, so a file with the
// backup's name is always a sound backup. Restoring replaces a SQLite database whole, never
// merges, and keeps the current file aside.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    using Checked = BackupCheck;

    // Throws StorageError (Failed, Refused) and leaves no file at `target` when anything fails;
    // an earlier file at `target` is replaced only by a checked copy.
    static Checked write(Database &db, const QString &target);
    // A Dossierkast database whose check is sound; throws StorageError(Refused) naming the problems.
    static Checked verify(const QString &file);
    // Puts a checked backup in the place of the SQLite database at `location`; the current file
    // (with its journal) is moved aside first, and the restored database's audit trail records
    // the restore. Returns the path it was moved to (empty when there was no database yet). The
    // database must not be open anywhere.
    // `label`: the name the trail gives the backup (by default its file name).
    static QString restore(const QString &backup, const QString &location, const QString &label = QString());
};
