#include "migratecommand.h"

#include "../storage/database.h"
#include "commandarguments.h"

QString MigrateCommand::summary() const
{
    return tr("Updates an existing database to this program's schema (a backup copy is made first).");
}

int MigrateCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    Database::Options options;
    options.mustExist = true;
    std::unique_ptr<Database> db = Database::open(context.database, options);
    if (db->backupPath().isEmpty())
        context.out << tr("%1 already has the current schema %2; nothing to do.")
                           .arg(db->location()).arg(db->schemaVersion()) << Qt::endl;
    else
        context.out << tr("%1 was updated to schema %2. The previous version was kept as %3.")
                           .arg(db->location()).arg(db->schemaVersion()).arg(db->backupPath()) << Qt::endl;
    return 0;
}
