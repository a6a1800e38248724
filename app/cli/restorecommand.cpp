#include "restorecommand.h"

#include "../services/backupschedule.h"
#include "../services/permissions.h"
#include "../services/sealedbackup.h"
#include "../storage/database.h"
#include "../storage/databasebackup.h"
#include "../domain/storageerror.h"
#include "commandarguments.h"
#include "commandlogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

QString RestoreCommand::summary() const
{
    return tr("Checks the backup FILE, moves the current database file aside and puts the backup in its place "
              "(whole, never merged). Close Dossierkast on every PC first. A sealed backup needs the board's backup "
              "passphrase: DOSSIERKAST_BACKUP_PASSPHRASE, or typed when asked.");
}

int RestoreCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const QStringList files = args.positional(1);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    const QString backup = QFileInfo(files.first()).absoluteFilePath();
    if (!QFileInfo::exists(backup)) {
        context.err << tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backup)) << Qt::endl;
        return 1;
    }
    // What is no sound backup is refused before anything else; a sealed one is opened first
    // (beside the database, never in the backup folder), with the board's passphrase.
    QString plain = backup;
    if (SealedBackup::isSealed(backup))
        plain = BackupSchedule::unseal(backup, CommandLogin::backupPassphrase(false), context.database);
    else
        DatabaseBackup::verify(backup);
    const auto removePlain = qScopeGuard([&] {
        if (plain != backup)
            QFile::remove(plain);
    });
    // Replacing the database is an administrator's work. A file that no longer opens (the reason
    // to restore, often) has nobody to log in against: then it is whole-file administration.
    std::unique_ptr<Database> live;
    try {
        live = Database::openExisting(context.database);
    } catch (const StorageError &error) {
        context.out << tr("The current database cannot be opened (%1); the backup is put back without a login.")
                           .arg(error.message())
                    << Qt::endl;
    }
    if (live) {
        Permissions::require(*live, CommandLogin::logIn(context, *live), Permission::ManageBackups, QStringLiteral("database"));
        live.reset();       // closed before the file is replaced
    }
    const QString aside = DatabaseBackup::restore(plain, context.database, QFileInfo(backup).fileName());
    context.out << tr("The backup %1 was checked and put back as %2.")
                       .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(context.database))
                << Qt::endl;
    if (!aside.isEmpty())
        context.out << tr("The database as it was is kept as %1.").arg(QDir::toNativeSeparators(aside)) << Qt::endl;
    return 0;
}
