#include "summarycommand.h"

#include "../domain/accessscope.h"
#include "../reports/casesummary.h"
#include "../reports/dossiersummary.h"
#include "../reports/summarydocument.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "../storage/sqlvalues.h"
#include "../storage/storageerror.h"
#include "../storage/transaction.h"
#include "commandarguments.h"

#include <QSaveFile>
#include <limits>

QString SummaryCommand::summary() const
{
    return tr("Writes the case summary of an incident, or the dossier summary of a person, as PDF; every page is marked confidential.");
}

int SummaryCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<QString> reference = args.takeValue(QStringLiteral("--incident"));
    const std::optional<qint64> person = args.takeNumber(QStringLiteral("--person"), 1, std::numeric_limits<qint64>::max());
    const std::optional<QString> target = args.takeValue(QStringLiteral("--pdf"));
    args.positional(0);
    if (args.errors().isEmpty() && (bool(reference) == bool(person) || !target))
        return wrongUse(context, { tr("Give either --incident REF or --person ID, and --pdf FILE.") });
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    Database::Options options;
    options.mustExist = true;
    std::unique_ptr<Database> db = Database::open(context.database, options);
    const AccessScope scope = AccessScope::system();
    const CaseSummary cases(*db, scope);
    QString html;
    QString entity;
    qint64 id = 0;
    QString what;
    if (reference) {
        const auto incident = IncidentRepository(*db).findByReference(scope, *reference);
        if (!incident) {
            context.err << tr("There is no incident %1.").arg(*reference) << Qt::endl;
            return 1;
        }
        html = cases.html(incident->id);
        entity = QStringLiteral("incidents");
        id = incident->id;
        what = tr("Case summary of %1").arg(incident->reference);
    } else {
        try {
            html = DossierSummary(*db, scope).html(*person);
        } catch (const StorageError &) {
            context.err << tr("There is no person %1.").arg(*person) << Qt::endl;
            return 1;
        }
        entity = QStringLiteral("persons");
        id = *person;
        what = tr("Dossier summary of person %1").arg(*person);
    }
    const QByteArray pdf = SummaryDocument(html, tr("the command line"), SqlValues::now(), cases.logo()).pdf();
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        context.err << tr("%1 cannot be written: %2").arg(*target, file.errorString()) << Qt::endl;
        return 1;
    }
    // Printing is recorded, like opening a dossier.
    Transaction tx(*db, scope);
    tx.logEvent(QStringLiteral("print"), entity, id, reference ? QStringLiteral("case summary") : QStringLiteral("dossier summary"));
    tx.commit();
    context.out << tr("%1 written to %2.").arg(what, *target) << Qt::endl;
    return 0;
}
