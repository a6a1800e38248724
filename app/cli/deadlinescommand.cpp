#include "deadlinescommand.h"

#include "../domain/accessscope.h"
#include "../domain/labels.h"
#include "../domain/urgency.h"
#include "../services/deadlinesummary.h"
#include "../storage/actionrepository.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "commandarguments.h"
#include "commandlogin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString DeadlinesCommand::summary() const
{
    return tr("Lists the open actions with their due dates (Termijnen); --overdue only those past due.");
}

int DeadlinesCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const bool overdueOnly = args.takeFlag(QStringLiteral("--overdue"));
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    const QDate today = QDate::currentDate();
    DeadlineFilter filter;
    if (overdueOnly)
        filter.dueBefore = today.addDays(-1);
    IncidentRepository incidents(*db);
    QJsonArray items;
    for (const Action &a : ActionRepository(*db).deadlines(scope, filter)) {
        const auto incident = a.incidentId > 0 ? incidents.get(scope, a.incidentId) : std::nullopt;
        const Urgency::Level level = Urgency::of(a.dueOn, today);
        items.append(QJsonObject{ { "id", a.id },
                                  { "due", a.dueOn.toString(Qt::ISODate) },
                                  { "kind", toCode(a.kind) },
                                  { "title", a.title },
                                  { "incident", incident ? incident->reference : QString() },
                                  { "overdue", level == Urgency::Overdue },
                                  { "due_this_week", level == Urgency::ThisWeek },
                                  { "source", a.legalSource } });
    }
    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject o = value.toObject();
        const QString mark = o.value("overdue").toBool() ? tr("OVERDUE") : o.value("due_this_week").toBool() ? tr("this week") : QString();
        context.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(QDate::fromString(o.value("due").toString(), Qt::ISODate).toString(QStringLiteral("dd-MM-yyyy")),
                                mark.leftJustified(12), o.value("incident").toString().leftJustified(10),
                                Labels::ofCode(o.value("kind").toString(), &Labels::actionKind), o.value("title").toString())
                    << Qt::endl;
    }
    const DeadlineSummary summary = DeadlineSummary::of(*db, scope, today);
    context.out << tr("%n open term(s) listed.", nullptr, int(items.size()));
    if (!summary.text().isEmpty())
        context.out << QLatin1Char(' ') << summary.text();
    context.out << Qt::endl;
    return 0;
}
