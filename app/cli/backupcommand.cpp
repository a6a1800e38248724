#include "backupcommand.h"

#include "../domain/accessscope.h"
#include "../services/backupschedule.h"
#include "../storage/database.h"
#include "commandarguments.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

QString BackupCommand::summary() const
{
    return tr("Writes a checked copy of the whole database to FILE, also while Dossierkast is in use: sealed with the "
              "board's backup key once one is set (backup-key --set), else one SQLite file. --plain: an unsealed "
              "copy for this PC, recorded as such.");
}

int BackupCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const bool plain = args.takeFlag(QStringLiteral("--plain"));
    const QStringList files = args.positional(1);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    std::unique_ptr<Database> db = Database::openExisting(context.database);
    const QString target = QFileInfo(files.first()).absoluteFilePath();
    if (!Database::isServerLocation(context.database)
        && QFileInfo(target).absoluteFilePath() == QFileInfo(db->location()).absoluteFilePath()) {
        context.err << tr("The backup cannot be written over the database itself.") << Qt::endl;
        return 2;
    }
    const BackupCheck checked = BackupSchedule::make(*db, target, AccessScope::system(), QStringLiteral("by command"), plain);
    context.out << tr("Backup written to %1 (%2) and checked: it is sound.")
                       .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(checked.bytes))
                << Qt::endl;
    if (!checked.sealedWith.isEmpty())
        context.out << tr("It is sealed with the backup key %1; only that key's passphrase opens it.").arg(checked.sealedWith)
                    << Qt::endl;
    else if (plain)
        context.err << tr("Warning: this backup is not sealed (--plain). Anyone who can read the file can read every "
                          "dossier in it; keep it on this PC.") << Qt::endl;
    else
        context.err << tr("Warning: backups are not sealed, because no backup passphrase is set (backup-key --set). "
                          "Anyone who can read this file can read every dossier in it.") << Qt::endl;
    context.out << tr("Audit mark %1 (also in %2): `check --anchor %1` proves later that the trail was not "
                      "rewritten.")
                       .arg(checked.anchor,
                            QDir::toNativeSeparators(QFileInfo(target).dir().filePath(BackupSchedule::anchorLogName())))
                << Qt::endl;
    return 0;
}
