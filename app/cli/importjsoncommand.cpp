#include "importjsoncommand.h"

#include "../domain/accessscope.h"
#include "../services/inputfile.h"
#include "../services/jsonimporter.h"
#include "../storage/database.h"
#include "commandarguments.h"
#include "../storage/newdatabaseguard.h"

#include <QFileInfo>

QString ImportJsonCommand::summary() const
{
    return tr("Reads a JSON export into a new, empty database: everything or nothing.");
}

int ImportJsonCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const QStringList files = args.positional(1);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    // Refused before a database is made for it: missing, a folder or device, too large.
    InputFile::check(files.first(), JsonImporter::MaxBytes);
    NewDatabaseGuard guard(context.database);
    std::unique_ptr<Database> db = Database::open(context.database);
    const JsonImporter::Result result = JsonImporter(*db, AccessScope::system()).importFile(files.first());
    if (!result.ok) {
        // Each error names the file, then the place in it (a line, or the JSON path of a value).
        for (const QString &e : result.errors)
            context.err << (e.startsWith(files.first()) ? e : files.first() + QStringLiteral(": ") + e) << Qt::endl;
        context.err << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    guard.keep();
    context.out << tr("Imported %1 into %2: %n record(s).", nullptr, int(result.rows)).arg(files.first(), db->location())
                << Qt::endl;
    return 0;
}
