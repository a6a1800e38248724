#include "summarycommand.h"

#include "../domain/accessscope.h"
#include "../reports/casesummary.h"
#include "../reports/summarydocument.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "../storage/sqlvalues.h"
#include "../storage/transaction.h"
#include "commandarguments.h"

#include <QSaveFile>

QString SummaryCommand::summary() const
{
    return tr("Writes the case summary of an incident as PDF, every page marked confidential.");
}

int SummaryCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<QString> reference = args.takeValue(QStringLiteral("--incident"));
    const std::optional<QString> target = args.takeValue(QStringLiteral("--pdf"));
    args.positional(0);
    if (args.errors().isEmpty() && (!reference || !target))
        return wrongUse(context, { tr("Give --incident REF and --pdf FILE.") });
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    Database::Options options;
    options.mustExist = true;
    std::unique_ptr<Database> db = Database::open(context.database, options);
    const AccessScope scope = AccessScope::system();
    const auto incident = IncidentRepository(*db).findByReference(scope, *reference);
    if (!incident) {
        context.err << tr("There is no incident %1.").arg(*reference) << Qt::endl;
        return 1;
    }
    const CaseSummary summary(*db, scope);
    const QByteArray pdf = SummaryDocument(summary.html(incident->id), tr("the command line"), SqlValues::now(), summary.logo()).pdf();
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        context.err << tr("%1 cannot be written: %2").arg(*target, file.errorString()) << Qt::endl;
        return 1;
    }
    // Printing a case is recorded, like opening a dossier.
    Transaction tx(*db, scope);
    tx.logEvent(QStringLiteral("print"), QStringLiteral("incidents"), incident->id, QStringLiteral("case summary"));
    tx.commit();
    context.out << tr("Case summary of %1 written to %2.").arg(incident->reference, *target) << Qt::endl;
    return 0;
}
