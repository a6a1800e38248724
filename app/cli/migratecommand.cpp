#include "migratecommand.h"

#include "../storage/database.h"
#include "../domain/accessscope.h"
#include "../storage/databasecopier.h"
#include "../storage/userrepository.h"
#include "commandarguments.h"

QString MigrateCommand::summary() const
{
    return tr("Updates an existing database to this program's schema (a backup copy is made first). With --to, "
              "copies it whole into a new, empty PostgreSQL database and verifies the copy.");
}

int MigrateCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<QString> to = args.takeValue(QStringLiteral("--to"));
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    std::unique_ptr<Database> db = Database::openExisting(context.database);
    if (to)
        return copyTo(context, *db, *to);
    if (db->backupPath().isEmpty())
        context.out << tr("%1 already has the current schema %2; nothing to do.")
                           .arg(db->location()).arg(db->schemaVersion()) << Qt::endl;
    else
        context.out << tr("%1 was updated to schema %2. The previous version was kept as %3.")
                           .arg(db->location()).arg(db->schemaVersion()).arg(db->backupPath()) << Qt::endl;
    tellWhoNeedsALogin(context, *db);
    return 0;
}

void MigrateCommand::tellWhoNeedsALogin(CommandContext &context, Database &db)
{
    const QStringList missing = UserRepository(db).withoutServerLogin();
    if (missing.isEmpty())
        return;
    context.out << tr("The server keeps the logins: these active users cannot log in on it yet: %1. Give each a "
                      "temporary password in Beheer → Gebruikers (Reset password); they choose their own at the next "
                      "login.").arg(missing.join(QStringLiteral(", ")))
                << Qt::endl;
}

int MigrateCommand::copyTo(CommandContext &context, Database &source, const QString &target)
{
    if (!Database::isServerLocation(target)) {
        context.err << tr("--to takes a PostgreSQL address, such as postgresql://dossierkast@server:5432/dossierkast.")
                    << Qt::endl;
        return 2;
    }
    // The target gets the schema only: its content, audit chain included, comes from the source.
    Database::Options options;
    options.seed = false;
    std::unique_ptr<Database> copy = Database::open(target, options);
    context.out << tr("Copying %1 to %2 …").arg(source.location(), copy->location()) << Qt::endl;
    const QStringList report = DatabaseCopier::copy(source, *copy, AccessScope::system());
    for (const QString &line : report)
        context.out << QStringLiteral("  ") << line << Qt::endl;
    context.out << tr("The copy is complete and verified: the same number of rows in every table, the audit trail "
                      "whole and every attachment matching its SHA-256. Use --database %1 from now on.")
                       .arg(copy->location())
                << Qt::endl;
    tellWhoNeedsALogin(context, *copy);
    return 0;
}
