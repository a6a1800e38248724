#include "searchcommand.h"

#include "../domain/accessscope.h"
#include "../domain/labels.h"
#include "../storage/correspondencerepository.h"
#include "../storage/database.h"
#include "../storage/incidentrepository.h"
#include "../storage/personrepository.h"
#include "../storage/searchindex.h"
#include "commandarguments.h"
#include "commandlogin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

QString SearchCommand::summary() const
{
    return tr("Finds persons, incidents and correspondence by words, ignoring case and diacritics.");
}

int SearchCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const bool json = args.takeFlag(QStringLiteral("--json"));
    const QStringList words = args.words();
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    const QList<SearchIndex::Hit> hits = SearchIndex(*db).search(scope, words.join(QLatin1Char(' ')), 1000);

    QJsonArray found;
    QSet<qint64> incidentsSeen;
    PersonRepository persons(*db);
    IncidentRepository incidents(*db);
    CorrespondenceRepository correspondence(*db);
    for (const SearchIndex::Hit &hit : hits) {
        QJsonObject item;
        if (hit.entity == QLatin1String("persons")) {
            const auto p = persons.get(scope, hit.id);
            if (!p)
                continue;
            item = { { "type", "person" }, { "id", p->id }, { "name", p->sortName() },
                     { "kind", toCode(p->kind) }, { "number", p->externalId } };
        } else if (hit.entity == QLatin1String("incidents") || hit.entity == QLatin1String("incident_notes")) {
            // A note leads to its incident.
            const qint64 id = hit.entity == QLatin1String("incidents") ? hit.id : incidents.incidentOfNote(hit.id);
            if (incidentsSeen.contains(id))
                continue;
            incidentsSeen.insert(id);
            const auto i = incidents.get(scope, id);
            if (!i)
                continue;
            item = { { "type", "incident" }, { "id", i->id }, { "reference", i->reference }, { "title", i->title },
                     { "status", toCode(i->status) } };
        } else {
            const auto c = correspondence.get(scope, hit.id);
            if (!c)
                continue;
            const auto p = persons.get(scope, c->personId);
            item = { { "type", "correspondence" }, { "id", c->id }, { "date", c->sentOn.toString(Qt::ISODate) },
                     { "subject", c->subject }, { "dossier", p ? p->sortName() : QString() } };
        }
        found.append(item);
    }

    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(found).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const QJsonValue &value : std::as_const(found)) {
        const QJsonObject o = value.toObject();
        const QString type = o.value("type").toString();
        if (type == QLatin1String("person"))
            context.out << tr("person         %1 (%2%3)")
                               .arg(o.value("name").toString(),
                                    Labels::ofCode(o.value("kind").toString(), &Labels::personKind).toLower(),
                                    o.value("number").toString().isEmpty() ? QString()
                                                                           : QStringLiteral(", ") + o.value("number").toString())
                        << Qt::endl;
        else if (type == QLatin1String("incident"))
            context.out << tr("incident       %1 %2 (%3)")
                               .arg(o.value("reference").toString(), o.value("title").toString(),
                                    Labels::ofCode(o.value("status").toString(), &Labels::incidentStatus).toLower())
                        << Qt::endl;
        else
            context.out << tr("correspondence %1 %2 (dossier %3)")
                               .arg(QDate::fromString(o.value("date").toString(), Qt::ISODate).toString(QStringLiteral("dd-MM-yyyy")),
                                    o.value("subject").toString(), o.value("dossier").toString())
                        << Qt::endl;
    }
    context.out << tr("%n result(s).", nullptr, int(found.size())) << Qt::endl;
    return 0;
}
