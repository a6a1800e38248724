#include "checkcommand.h"

#include "../storage/database.h"
#include "../storage/integritychecker.h"
#include "../domain/storageerror.h"
#include "commandarguments.h"

QString CheckCommand::summary() const
{
    return tr("Checks the database: file integrity, references, the audit trail, attachments, and rows "
              "changed outside the program.");
}

int CheckCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    Database::Options options;
    options.mustExist = true;
    options.migrate = false;
    std::unique_ptr<Database> db = Database::open(context.database, options);
    context.out << tr("Checking %1 …").arg(db->location()) << Qt::endl;
    const IntegrityChecker::Report report = IntegrityChecker(*db).run();
    for (const QString &note : report.notes)
        context.out << QStringLiteral("  ") << note << Qt::endl;
    if (report.sound()) {
        context.out << tr("The database is sound.") << Qt::endl;
        return 0;
    }
    for (const QString &problem : report.problems)
        context.out << tr("  PROBLEM: %1").arg(problem) << Qt::endl;
    context.out << tr("The database is NOT sound: %n problem(s) found. Restore a backup or contact the "
                      "administrator; do not keep working in this file.", nullptr, int(report.problems.size()))
                << Qt::endl;
    return 1;
}
