#include "demodatacommand.h"

#include "../services/demodatagenerator.h"
#include "../storage/database.h"
#include "commandarguments.h"
#include "../storage/newdatabaseguard.h"

QString DemoDataCommand::summary() const
{
    return tr("Creates a database filled with fictitious demo data (schools, pupils, staff, parents, incidents, "
              "measures, correspondence).");
}

int DemoDataCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    DemoDataGenerator::Options options;
    options.seed = quint64(args.takeNumber(QStringLiteral("--seed"), 0, 2147483647).value_or(1));
    options.incidents = int(args.takeNumber(QStringLiteral("--incidents"), 1, 10000000).value_or(120));
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    NewDatabaseGuard guard(context.database);
    std::unique_ptr<Database> db = Database::open(context.database);
    context.out << tr("Writing demo data into %1 (seed %2, %3 incidents) …")
                       .arg(db->location()).arg(options.seed).arg(options.incidents)
                << Qt::endl;
    int lastPercent = -1;
    const auto progress = [&context, &lastPercent](int done, int total) {
        const int percent = int(qint64(done) * 100 / total);
        if (total >= 1000 && percent / 10 != lastPercent / 10) {
            context.out << tr("  %1% done").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
    };
    // A new file, removed again when generating fails: no need to wait for the disk at every commit.
    db->setBulkLoad(true);
    const DemoDataGenerator::Summary s = DemoDataGenerator(*db).generate(options, progress);
    db->setBulkLoad(false);
    guard.keep();
    context.out << tr("Done: %1 schools, %2 pupils, %3 staff members, %4 parents, %5 incidents, %6 measures, "
                      "%7 actions, %8 correspondence items, %9 attachments.")
                       .arg(s.schools).arg(s.pupils).arg(s.staff).arg(s.parents).arg(s.incidents)
                       .arg(s.measures).arg(s.actions).arg(s.correspondence).arg(s.attachments)
                << Qt::endl;
    context.out << tr("Demo users: beheerder, bestuur, directeur and melder, each with the password \"demo\" "
                      "(for demonstration only).") << Qt::endl;
    return 0;
}
