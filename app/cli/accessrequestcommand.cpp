#include "accessrequestcommand.h"

#include "../domain/accessscope.h"
#include "../reports/accessrequestexport.h"
#include "../storage/database.h"
#include "../domain/storageerror.h"
#include "commandarguments.h"
#include "commandlogin.h"

#include <limits>

QString AccessRequestCommand::summary() const
{
    return tr("Writes the answer to an access request as a ZIP: the dossier summary with everybody else named by their role, "
              "the person's own attachments and their data as JSON. Records the request and files the action to answer it "
              "within a month; --answered marks that action done.");
}

QString AccessRequestCommand::usage() const
{
    return tr("--person ID --zip FILE [--received DATE] [--answered] [--redact-staff] [--term TEXT]…");
}

int AccessRequestCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<qint64> person = args.takeNumber(QStringLiteral("--person"), 1, std::numeric_limits<qint64>::max());
    const std::optional<QString> target = args.takeValue(QStringLiteral("--zip"));
    const std::optional<QString> received = args.takeValue(QStringLiteral("--received"));
    AccessRequestExport::Request request;
    request.answered = args.takeFlag(QStringLiteral("--answered"));
    request.redaction.nameStaffInRole = !args.takeFlag(QStringLiteral("--redact-staff"));
    while (const std::optional<QString> term = args.takeValue(QStringLiteral("--term")))
        request.redaction.extraTerms.append(*term);
    args.positional(0);
    QStringList errors = args.errors();
    request.receivedOn = QDate::currentDate();
    if (received) {
        request.receivedOn = QDate::fromString(*received, Qt::ISODate);
        if (!request.receivedOn.isValid())
            request.receivedOn = QDate::fromString(*received, QStringLiteral("d-M-yyyy"));
        if (!request.receivedOn.isValid())
            errors.append(tr("--received %1 is not a date; write it as 2026-11-20 or 20-11-2026.").arg(*received));
    }
    if (errors.isEmpty() && (!person || !target))
        errors.append(tr("Give --person ID and --zip FILE."));
    if (!errors.isEmpty())
        return wrongUse(context, errors);
    request.personId = *person;
    request.printedBy = tr("the command line");
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    try {
        const AccessRequestExport::Result result = AccessRequestExport(*db, scope).write(request, *target);
        context.out << tr("%1 written: the dossier summary, the data as JSON and %n attachment(s).", nullptr, result.attachments).arg(*target)
                    << Qt::endl;
        if (result.actionId > 0)
            context.out << tr("Action filed: answer the access request by %1%2.")
                               .arg(result.dueOn.toString(QStringLiteral("dd-MM-yyyy")), request.answered ? tr(" (done)") : QString())
                        << Qt::endl;
        else
            context.out << tr("The action for this request was filed earlier.") << Qt::endl;
    } catch (const StorageError &error) {
        context.err << (error.kind() == StorageError::Kind::NotFound ? tr("There is no person %1.").arg(*person) : error.message())
                    << Qt::endl;
        return 1;
    }
    return 0;
}
