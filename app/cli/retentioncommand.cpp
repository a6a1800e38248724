#include "retentioncommand.h"

#include "../domain/accessscope.h"
#include "../domain/labels.h"
#include "../services/retentionservice.h"
#include "../storage/database.h"
#include "commandarguments.h"
#include "commandlogin.h"

QString RetentionCommand::summary() const
{
    return tr("Lists the dossiers past their retention term; --apply destroys those that are not under a legal hold.");
}

int RetentionCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const bool apply = args.takeFlag(QStringLiteral("--apply"));
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    const QDate today = QDate::currentDate();
    RetentionService service(*db, scope);
    const QList<RetentionCandidate> due = service.review(today);
    if (due.isEmpty()) {
        context.out << tr("No dossier is past its retention term.") << Qt::endl;
        return 0;
    }
    QList<qint64> destroy;
    for (const RetentionCandidate &c : due) {
        QString line = tr("%1  %2 (%3)  term ended %4: %5")
                           .arg(c.facts.personId, 6)
                           .arg(c.facts.name, Labels::personKind(c.facts.kind).toLower(),
                                c.dueOn.toString(QStringLiteral("dd-MM-yyyy")), c.reason);
        if (c.held())
            line += QStringLiteral("\n        ")
                    + (c.facts.holdEnds.isValid() ? tr("legal hold until %1: %2").arg(c.facts.holdEnds.toString(QStringLiteral("dd-MM-yyyy")), c.facts.holdReason)
                                                  : tr("legal hold: %1").arg(c.facts.holdReason));
        else
            destroy.append(c.facts.personId);
        context.out << line << Qt::endl;
    }
    if (!apply) {
        context.out << tr("%n dossier(s) can be destroyed; run 'dossierkast retention --apply' to do so.", nullptr,
                          int(destroy.size()))
                    << Qt::endl;
        return 0;
    }
    if (destroy.isEmpty()) {
        context.out << tr("Every dossier past its term is under a legal hold; nothing was destroyed.") << Qt::endl;
        return 0;
    }
    const RetentionService::Result result = service.destroy(destroy, today);
    context.out << tr("Destroyed: %n dossier(s)", nullptr, result.persons) << QStringLiteral(", ")
                << tr("%n case(s) removed whole", nullptr, result.incidents) << QStringLiteral(", ")
                << tr("%n record(s) in all", nullptr, result.rows) << QStringLiteral(", ")
                << tr("%n attachment(s)", nullptr, result.attachments) << QStringLiteral(", ")
                << tr("%n record(s) that stay with the names replaced", nullptr, result.rewritten) << QStringLiteral(".")
                << Qt::endl;
    context.out << tr("A destruction record without personal data was kept for each dossier.") << Qt::endl;
    return 0;
}
