#include "importmailcommand.h"

#include "../domain/displaytext.h"

#include "../domain/accessscope.h"
#include "../services/correspondenceservice.h"
#include "../services/databaseconnection.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "../domain/storageerror.h"
#include "../services/inputfile.h"
#include "../storage/attachmentstore.h"
#include "commandarguments.h"
#include "commandlogin.h"

#include <QFileInfo>

QString ImportMailCommand::summary() const
{
    return tr("Files e-mail (.eml and Outlook .msg; any other file is kept as it is) as incoming correspondence in a dossier. "
              "Exit 0 when every file was filed, 1 otherwise.");
}

int ImportMailCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const std::optional<qint64> person = args.takeNumber(QStringLiteral("--person"), 1, std::numeric_limits<qint64>::max());
    const std::optional<QString> reference = args.takeValue(QStringLiteral("--incident"));
    const QStringList files = args.words();
    if (!person && args.errors().isEmpty())
        return wrongUse(context, { tr("The option --person is required.") });
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    // What cannot be filed at all is refused before anyone logs in (which the trail records);
    // where the login is the server's own, the database opens only with it.
    AccessScope scope;
    const bool serverLogin = DatabaseConnection::isUserlessServer(context.database);
    std::unique_ptr<Database> db = serverLogin ? CommandLogin::open(context, scope) : Database::openExisting(context.database);
    const qint64 limit = AttachmentStore(*db).maxBytes();
    QStringList fileable;
    int failed = 0;
    for (const QString &path : files) {
        try {
            InputFile::check(path, limit);
            fileable.append(path);
        } catch (const StorageError &error) {
            context.err << QFileInfo(path).fileName() << QStringLiteral(": ") << error.message() << Qt::endl;
            ++failed;
        }
    }
    if (fileable.isEmpty())
        return 1;
    if (!serverLogin)
        scope = CommandLogin::logIn(context, *db);
    CorrespondenceService service(*db, scope);
    const QList<CorrespondenceService::Filing> filings = service.filingsFor(*person);
    if (filings.isEmpty()) {
        context.err << tr("Person %1 does not exist or has no dossier (a parent needs a linked child).").arg(*person) << Qt::endl;
        return 1;
    }
    if (filings.size() > 1) {
        QStringList children;
        for (const auto &filing : filings)
            children.append(QStringLiteral("%1 (%2)").arg(filing.dossier.displayName()).arg(filing.dossier.id));
        context.err << tr("This parent has several children; give the dossier with --person: %1")
                           .arg(children.join(QStringLiteral(", ")))
                    << Qt::endl;
        return 1;
    }
    qint64 incidentId = 0;
    if (reference) {
        const auto incident = IncidentRepository(*db).findByReference(scope, *reference);
        if (!incident) {
            context.err << tr("There is no incident %1.").arg(*reference) << Qt::endl;
            return 1;
        }
        incidentId = incident->id;
    }
    for (const QString &path : std::as_const(fileable)) {
        try {
            const CorrespondenceService::MailResult result = service.importMail(path, filings.first(), incidentId);
            if (!result.warning.isEmpty())
                context.err << tr("Warning: %1").arg(result.warning) << Qt::endl;
            context.out << tr("%1: filed in the dossier of %2 as \"%3\" with %n file(s).", nullptr, result.attachments)
                               .arg(QFileInfo(path).fileName(), filings.first().dossier.displayName(), DisplayText::escaped(result.item.subject, 200))
                        << Qt::endl;
            if (result.attachedMails > 0)
                context.out << tr("  %n attached mail(s) filed as item(s) of their own.", nullptr, result.attachedMails)
                            << Qt::endl;
        } catch (const StorageError &error) {
            context.err << QFileInfo(path).fileName() << QStringLiteral(": ") << error.message() << Qt::endl;
            ++failed;
        }
    }
    return failed == 0 ? 0 : 1;
}
