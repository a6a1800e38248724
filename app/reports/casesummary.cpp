#include "casesummary.h"

#include "../domain/labels.h"
#include "../storage/actionrepository.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/personrepository.h"
#include "../storage/protocolrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/storageerror.h"
#include "../storage/userrepository.h"

#include <QLocale>
#include <algorithm>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString moment(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

// A table whose header row repeats on every page.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(empty));
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse: collapse; border-color: #999;\"><thead><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

struct Event {
    QDateTime at;
    QString kind;
    QString what;
    bool dateOnly = false;      // a day without a time (letters, decisions)
};

} // namespace

CaseSummary::CaseSummary(Database &db, const AccessScope &reader) : m_db(db), m_reader(reader)
{
}

QImage CaseSummary::logo() const
{
    const auto organisation = OrganisationRepository(m_db).get();
    if (!organisation || organisation->logoSha256.isEmpty())
        return {};
    try {
        return QImage::fromData(AttachmentStore(m_db).read(organisation->logoSha256));
    } catch (const StorageError &) {
        return {};      // a damaged logo does not stop a summary; `check` reports it
    }
}

QString CaseSummary::letterhead(Database &db, const AccessScope &reader, qint64 schoolId, bool withLogo)
{
    const auto organisation = OrganisationRepository(db).get();
    const auto school = schoolId > 0 ? SchoolRepository(db).get(reader, schoolId) : std::nullopt;
    QString left;
    if (organisation)
        left = QStringLiteral("<b>%1</b><br>%2<br>%3 %4").arg(esc(organisation->name), esc(organisation->address),
                                                             esc(organisation->postalCode), esc(organisation->city));
    QString right;
    if (school)
        right = QStringLiteral("<b>%1</b><br>%2<br>%3 %4").arg(esc(school->name), esc(school->address), esc(school->postalCode),
                                                              esc(school->city));
    const QString logo = withLogo ? QStringLiteral("<img src=\"dossierkast:logo\" height=\"48\"> ") : QString();
    return QStringLiteral("<table width=\"100%\"><tr><td>%1%2</td><td align=\"right\">%3</td></tr></table>"
                          "<p align=\"center\"><b>%4</b></p><hr>")
        .arg(logo, left, right, esc(tr("CONFIDENTIAL")));
}

QString CaseSummary::html(qint64 incidentId) const
{
    const auto found = IncidentRepository(m_db).get(m_reader, incidentId);
    if (!found)
        throw StorageError(StorageError::Kind::NotFound,
                           tr("This incident does not exist (any more), or you have no access to it."));
    const Incident &i = *found;
    PersonRepository persons(m_db);
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) {
        if (!names.contains(id)) {
            const auto p = persons.get(m_reader, id);
            names.insert(id, p ? p->displayName() : tr("(no access)"));
        }
        return names.value(id);
    };
    QHash<qint64, QString> users;
    for (const User &u : UserRepository(m_db).list(AccessScope::system()))
        users.insert(u.id, u.displayName);

    QString html = letterhead(m_db, m_reader, i.schoolId, !logo().isNull());
    html += QStringLiteral("<h2>%1 %2</h2>").arg(esc(tr("Case summary")), esc(i.reference));
    QStringList harms;
    for (Harm harm : i.harms)
        harms.append(Labels::harm(harm));
    QList<QStringList> facts{
        { tr("Title"), i.title },
        { tr("Status"), Labels::incidentStatus(i.status) },
        { tr("Happened"), moment(i.occurredAt) },
        { tr("Reported"), moment(i.reportedAt) },
        { tr("Platform or channel"), Labels::platform(i.platform) },
        { tr("Context"), Labels::context(i.context) },
        { tr("Severity"), Labels::severity(i.severity) },
        { tr("Kind of harm"), harms.join(QStringLiteral(", ")) },
        { tr("Registered by"), users.value(i.registeredByUserId) } };
    if (i.reportedByPersonId > 0)
        facts.append({ tr("Reported by"), nameOf(i.reportedByPersonId) });
    if (!i.noCauserReason.isEmpty())
        facts.append({ tr("No causer known"), i.noCauserReason });
    if (!i.closingSummary.isEmpty())
        facts.append({ tr("Closing summary"), i.closingSummary });
    html += table({ tr("Item"), tr("Value") }, facts, QString());

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Persons involved")));
    QList<QStringList> people;
    for (const Involvement &v : i.involvements) {
        const auto p = persons.get(m_reader, v.personId);
        people.append({ nameOf(v.personId), p ? Labels::personKind(p->kind) : QString(), Labels::involvementRole(v.role), v.notes });
    }
    html += table({ tr("Name"), tr("Kind"), tr("Role"), tr("Note") }, people, tr("Nobody is recorded as involved."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Protocol articles")));
    if (const auto version = ProtocolRepository(m_db).version(i.protocolVersionId)) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("As worded in %1, in force from %2.").arg(version->name, day(version->inForceFrom))));
        bool any = false;
        for (const ProtocolArticle &a : version->articles)
            if (i.articleIds.contains(a.id)) {
                any = true;
                html += QStringLiteral("<p><b>%1 %2</b><br>%3</p>").arg(esc(a.code), esc(a.title), esc(a.body));
            }
        if (!any)
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No articles chosen.")));
    }

    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Description")),
                                                       i.description.isEmpty() ? esc(tr("(none)")) : esc(i.description));

    // Everything that happened, in date order.
    QList<Event> events{ { i.occurredAt, tr("Incident"), i.title }, { i.reportedAt, tr("Reported"), i.reference } };
    for (const IncidentNote &n : IncidentRepository(m_db).notes(i.id))
        events.append({ n.writtenAt, tr("Note"), (n.replacedByNoteId ? tr("(corrected later) ") : QString())
                                                     + (n.authorName.isEmpty() ? tr("(unknown)") : n.authorName)
                                                     + QStringLiteral(": ") + n.body });
    const QList<Measure> measures = MeasureRepository(m_db).ofIncident(m_reader, i.id);
    MeasureTypeRepository types(m_db);
    for (const Measure &m : measures) {
        const auto type = types.get(m.measureTypeId);
        const QString name = type ? type->name : QString();
        events.append({ m.proposedOn.startOfDay(), tr("Measure proposed"), name + QStringLiteral(" — ") + nameOf(m.personId), true });
        if (m.decidedOn.isValid())
            events.append({ m.decidedOn.startOfDay(), tr("Measure decided"),
                            name + QStringLiteral(" — ") + nameOf(m.personId) + QStringLiteral(" (") + Labels::measureStatus(m.status) + QLatin1Char(')'),
                            true });
    }
    const QList<Action> actions = ActionRepository(m_db).ofIncident(m_reader, i.id);
    for (const Action &a : actions)
        if (a.status == ActionStatus::Gedaan)
            events.append({ a.doneOn.startOfDay(), tr("Action done"), a.title, true });
    CorrespondenceFilter ofCase;
    ofCase.incidentId = i.id;
    const QList<Correspondence> letters = CorrespondenceRepository(m_db).list(m_reader, ofCase);
    for (const Correspondence &c : letters)
        events.append({ c.sentOn.startOfDay(), tr("Correspondence"),
                        Labels::direction(c.direction) + QStringLiteral(", ") + Labels::channel(c.channel).toLower()
                            + QStringLiteral(": ") + c.subject, true });
    AttachmentStore store(m_db);
    const QList<AttachmentInfo> evidence = store.attachmentsOfIncident(m_reader, i.id);
    for (const AttachmentInfo &a : evidence)
        events.append({ a.capturedAt.isValid() ? a.capturedAt : a.addedAt, tr("Evidence"), a.fileName });
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    QList<QStringList> chronology;
    for (const Event &e : std::as_const(events))
        chronology.append({ e.dateOnly ? day(e.at.date()) : moment(e.at), e.kind, e.what });
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Chronology")));
    html += table({ tr("When"), tr("What"), tr("Details") }, chronology, QString());

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Measures")));
    QList<QStringList> measureRows;
    for (const Measure &m : measures) {
        const auto type = types.get(m.measureTypeId);
        QStringList terms;
        for (const Action &a : actions)
            if (a.measureId == m.id)
                terms.append(QStringLiteral("%1 %2 (%3)").arg(day(a.dueOn), a.title, Labels::actionStatus(a.status).toLower()));
        measureRows.append({ nameOf(m.personId), type ? type->name : QString(), Labels::measureStatus(m.status),
                             m.startsOn.isValid() ? day(m.startsOn) + QStringLiteral(" – ") + day(m.endsOn) : QString(),
                             terms.join(QLatin1Char('\n')) });
    }
    html += table({ tr("Person"), tr("Measure"), tr("Status"), tr("Period"), tr("Terms") }, measureRows, tr("No measures."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Actions")));
    QList<QStringList> actionRows;
    for (const Action &a : actions)
        actionRows.append({ day(a.dueOn), a.title, Labels::actionStatus(a.status),
                            a.status == ActionStatus::Gedaan ? day(a.doneOn) : a.notNeededReason, a.legalSource });
    html += table({ tr("Due"), tr("Action"), tr("Status"), tr("Done on / reason"), tr("Source") }, actionRows, tr("No actions."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Correspondence")));
    QList<QStringList> letterRows;
    QList<QStringList> attachmentRows;
    for (const Correspondence &c : letters) {
        letterRows.append({ day(c.sentOn), Labels::direction(c.direction), Labels::channel(c.channel), c.correspondent, c.subject });
        for (const AttachmentInfo &a : store.attachmentsOfCorrespondence(m_reader, c.id))
            attachmentRows.append({ a.fileName, c.subject, QLocale(QLocale::Dutch).formattedDataSize(a.size), QString::fromLatin1(a.sha256) });
    }
    html += table({ tr("Date"), tr("Direction"), tr("Channel"), tr("Correspondent"), tr("Subject") }, letterRows, tr("No correspondence."));
    for (const AttachmentInfo &a : evidence)
        attachmentRows.prepend({ a.fileName, tr("evidence"), QLocale(QLocale::Dutch).formattedDataSize(a.size), QString::fromLatin1(a.sha256) });
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Attachments")));
    html += table({ tr("File"), tr("With"), tr("Size"), tr("SHA-256") }, attachmentRows, tr("No attachments."));
    return html;
}
