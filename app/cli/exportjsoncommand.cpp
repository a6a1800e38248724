#include "exportjsoncommand.h"

#include "../domain/accessscope.h"
#include "../services/jsonexporter.h"
#include "../services/permissions.h"
#include "../storage/database.h"
#include "commandarguments.h"
#include "commandlogin.h"

QString ExportJsonCommand::summary() const
{
    return tr("Writes the whole database as one JSON document (attachments as descriptions with their SHA-256).");
}

int ExportJsonCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const QStringList files = args.positional(1);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    // The whole database, every school and every confidential case: an administrator's export.
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    Permissions::require(*db, scope, Permission::ManageBackups, QStringLiteral("database"));
    JsonExporter(*db).write(files.first(), scope);
    context.out << tr("Exported %1 to %2.").arg(db->location(), files.first()) << Qt::endl;
    return 0;
}
