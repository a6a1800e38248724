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
    return tr("Writes a checked copy of the whole database to FILE (one SQLite file), also while Dossierkast is in use.");
}

int BackupCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
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
    const BackupCheck checked = BackupSchedule::make(*db, target, AccessScope::system(), QStringLiteral("by command"));
    context.out << tr("Backup written to %1 (%2) and checked: it is sound.")
                       .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(checked.bytes))
                << Qt::endl;
    context.out << tr("Audit mark %1 (also in %2): `check --anchor %1` proves later that the trail was not "
                      "rewritten.")
                       .arg(checked.anchor,
                            QDir::toNativeSeparators(QFileInfo(target).dir().filePath(BackupSchedule::anchorLogName())))
                << Qt::endl;
    return 0;
}
