#include "importpersonscommand.h"

#include "../domain/accessscope.h"
#include "../services/csvtable.h"
#include "../services/personimport.h"
#include "../storage/database.h"
#include "../storage/schoolrepository.h"
#include "commandarguments.h"
#include "commandlogin.h"

QString ImportPersonsCommand::summary() const
{
    return tr("Imports pupils, staff or parents from a CSV export (ParnasSys, Magister, ESIS, AFAS, Youforce): "
              "existing persons are updated, never duplicated. Exit 2 when rows were rejected.");
}

QString ImportPersonsCommand::usage() const
{
    return tr("--kind leerling|medewerker|ouder [--school NAME] [--dry-run] [--mark-missing-as-left] FILE");
}

int ImportPersonsCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<QString> kindText = args.takeValue(QStringLiteral("--kind"));
    const std::optional<QString> schoolName = args.takeValue(QStringLiteral("--school"));
    const bool dryRun = args.takeFlag(QStringLiteral("--dry-run"));
    const bool markMissing = args.takeFlag(QStringLiteral("--mark-missing-as-left"));
    const QStringList files = args.positional(1);
    QStringList errors = args.errors();
    PersonKind kind = PersonKind::Overig;
    if (kindText)
        kind = fromCode<PersonKind>(*kindText).value_or(PersonKind::Overig);
    if (kind == PersonKind::Overig)
        errors.append(tr("--kind must be leerling, medewerker or ouder."));
    if (markMissing && !schoolName)
        errors.append(tr("--mark-missing-as-left needs --school: it concerns the pupils of one school."));
    if (!errors.isEmpty())
        return wrongUse(context, errors);

    QString error;
    const CsvTable table = CsvTable::read(files.first(), &error);
    if (!error.isEmpty() || !table.problem().isEmpty()) {
        context.err << (error.isEmpty() ? files.first() + QStringLiteral(", ") + table.problem() : error) << Qt::endl;
        context.err << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    const PersonImport::Mapping mapping = PersonImport::propose(table.header());
    if (!mapping.contains(PersonImport::Field::Surname)) {
        context.err << tr("%1: no column for the surname was recognised (columns: %2). Nothing was imported.")
                           .arg(files.first(), table.headerForMessage())
                    << Qt::endl;
        return 1;
    }
    if (table.rows().isEmpty() && !markMissing) {
        context.err << tr("%1 holds no rows below its header. Nothing was imported.").arg(files.first()) << Qt::endl;
        return 1;
    }
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    PersonImport::Options importOptions;
    importOptions.kind = kind;
    importOptions.markMissingAsLeft = markMissing;
    if (schoolName) {
        for (const School &school : SchoolRepository(*db).list(scope))
            if (school.name.compare(*schoolName, Qt::CaseInsensitive) == 0 || school.brin.compare(*schoolName, Qt::CaseInsensitive) == 0)
                importOptions.schoolId = school.id;
        if (importOptions.schoolId == 0) {
            QStringList names;
            for (const School &school : SchoolRepository(*db).list(scope))
                names.append(school.name);
            context.err << tr("There is no school \"%1\" (schools: %2). Nothing was imported.")
                               .arg(*schoolName, names.join(QStringLiteral(", ")))
                        << Qt::endl;
            return 1;
        }
    }
    context.out << tr("%1: %n row(s), %2, delimiter \"%3\".", nullptr, int(table.rows().size()))
                       .arg(files.first(), table.encoding())
                       .arg(table.delimiter() == QLatin1Char('\t') ? QStringLiteral("tab") : QString(table.delimiter()))
                << Qt::endl;
    PersonImport import(*db, scope);
    const PersonImport::Plan plan = import.plan(table, mapping, importOptions);
    context.out << PersonImport::report(plan) << Qt::endl;
    const int accepted = int(plan.rows.size()) - plan.count(PersonImport::Result::Rejected);
    if (accepted == 0 && plan.leaving.isEmpty()) {
        context.err << tr("Nothing could be imported.") << Qt::endl;
        return 1;
    }
    if (dryRun) {
        context.out << tr("Dry run: nothing was written.") << Qt::endl;
    } else {
        import.apply(plan);
        context.out << tr("Imported into %1.").arg(db->location()) << Qt::endl;
    }
    return plan.count(PersonImport::Result::Rejected) > 0 ? 2 : 0;
}
