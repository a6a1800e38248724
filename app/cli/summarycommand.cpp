#include "summarycommand.h"

#include "../domain/accessscope.h"
#include "../reports/casesummary.h"
#include "../reports/dossiersummary.h"
#include "../reports/redactionpeople.h"
#include "../reports/summarydocument.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "../storage/personrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../services/auditedoutput.h"
#include "../services/audittrail.h"
#include "../services/permissions.h"
#include "commandarguments.h"
#include "commandlogin.h"

#include <limits>

QString SummaryCommand::summary() const
{
    return tr("Writes the case summary of an incident, or the dossier summary of a person, as PDF; every page is marked confidential. "
              "With --for ID the copy is made for that person: everybody except them and their parents or children is "
              "replaced by a role label (Leerling A, Ouder B); --redact-staff hides the school's staff too, --term TEXT "
              "(repeatable) hides further words.");
}

int SummaryCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<QString> reference = args.takeValue(QStringLiteral("--incident"));
    const std::optional<qint64> person = args.takeNumber(QStringLiteral("--person"), 1, std::numeric_limits<qint64>::max());
    const std::optional<QString> target = args.takeValue(QStringLiteral("--pdf"));
    const std::optional<qint64> forPerson = args.takeNumber(QStringLiteral("--for"), 1, std::numeric_limits<qint64>::max());
    const bool redactStaff = args.takeFlag(QStringLiteral("--redact-staff"));
    QStringList terms;
    while (const std::optional<QString> term = args.takeValue(QStringLiteral("--term")))
        terms.append(*term);
    args.positional(0);
    if (args.errors().isEmpty() && (bool(reference) == bool(person) || !target))
        return wrongUse(context, { tr("Give either --incident REF or --person ID, and --pdf FILE.") });
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    Permissions::require(*db, scope, Permission::PrintAndExport, QStringLiteral("database"));
    std::optional<RedactionOptions> redaction;
    if (forPerson) {
        if (!PersonRepository(*db).get(scope, *forPerson)) {
            context.err << tr("There is no person %1.").arg(*forPerson) << Qt::endl;
            return 1;
        }
        redaction = RedactionPeople::optionsFor(*db, *forPerson);
        redaction->nameStaffInRole = !redactStaff;
        redaction->extraTerms = terms;
    } else if (redactStaff || !terms.isEmpty()) {
        return wrongUse(context, { tr("--redact-staff and --term go with --for ID.") });
    }
    const CaseSummary cases(*db, scope, redaction);
    QString html;
    QString entity;
    qint64 id = 0;
    QString what;
    if (reference) {
        // A case the user may not see is refused as such, and the attempt recorded.
        const std::optional<Incident> incident = IncidentRepository(*db).requireByReference(scope, *reference);
        html = cases.html(incident->id);
        entity = QStringLiteral("incidents");
        id = incident->id;
        what = tr("Case summary of %1").arg(incident->reference);
    } else {
        PersonRepository(*db).require(scope, *person);        // hidden: refused and recorded
        html = DossierSummary(*db, scope, redaction).html(*person);
        entity = QStringLiteral("persons");
        id = *person;
        what = tr("Dossier summary of person %1").arg(*person);
    }
    SummaryDocument document(html, tr("the command line"), SqlValues::now(), cases.logo());
    document.setAuditAnchor(AuditTrail::anchor(*db).text());
    const QByteArray pdf = document.pdf();
    // Printing is recorded, like opening a dossier; the file is named only after the record.
    AuditedOutput output(*target);
    output.write(pdf);
    QString detail = reference ? QStringLiteral("case summary") : QStringLiteral("dossier summary");
    if (forPerson)
        detail += QStringLiteral(" for person %1, others redacted").arg(*forPerson);
    output.publish(*db, scope, QStringLiteral("print"), entity, id, detail);
    if (forPerson)
        what = tr("%1, made for person %2 (everybody else by role),").arg(what).arg(*forPerson);
    context.out << tr("%1 written to %2.").arg(what, *target) << Qt::endl;
    return 0;
}
