#include "casesummary.h"

#include "../domain/labels.h"
#include "redactionpeople.h"
#include "../domain/redactor.h"
#include "summaryhtml.h"
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
#include "../domain/storageerror.h"
#include "../storage/userrepository.h"

#include <QLocale>
#include <algorithm>

namespace {

struct Event {
    QDateTime at;
    QString kind;
    QString what;
    bool dateOnly = false;      // a day without a time (letters, decisions)
};

} // namespace

CaseSummary::CaseSummary(Database &db, const AccessScope &reader, const std::optional<RedactionOptions> &redaction)
    : m_db(db), m_reader(reader), m_redaction(redaction)
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

QString CaseSummary::letterhead(Database &db, const AccessScope &reader, qint64 schoolId, bool withLogo, const SummaryHtml &out)
{
    const auto organisation = OrganisationRepository(db).get();
    const auto school = schoolId > 0 ? SchoolRepository(db).get(reader, schoolId) : std::nullopt;
    QString left;
    if (organisation)
        left = QStringLiteral("<b>%1</b><br>%2<br>%3 %4").arg(out.text(organisation->name), out.text(organisation->address),
                                                             out.text(organisation->postalCode), out.text(organisation->city));
    QString right;
    if (school)
        right = QStringLiteral("<b>%1</b><br>%2<br>%3 %4").arg(out.text(school->name), out.text(school->address), out.text(school->postalCode),
                                                              out.text(school->city));
    const QString logo = withLogo ? QStringLiteral("<img src=\"dossierkast:logo\" height=\"48\"> ") : QString();
    return QStringLiteral("<table width=\"100%\"><tr><td>%1%2</td><td align=\"right\">%3</td></tr></table>"
                          "<p align=\"center\"><b>%4</b></p><hr>")
        .arg(logo, left, right, out.text(tr("CONFIDENTIAL")));
}

QString CaseSummary::html(qint64 incidentId, QStringList *ambiguous) const
{
    const Incident i = IncidentRepository(m_db).require(m_reader, incidentId);
    QList<Measure> measures = MeasureRepository(m_db).ofIncident(m_reader, i.id);
    QList<Action> actions = ActionRepository(m_db).ofIncident(m_reader, i.id);
    CorrespondenceFilter ofCase;
    ofCase.incidentId = i.id;
    QList<Correspondence> letters = CorrespondenceRepository(m_db).list(m_reader, ofCase);
    std::optional<Redactor> redactor;
    QString leftOut;
    if (m_redaction) {
        redactor.emplace(RedactionPeople::around(m_db, peopleIds(i, measures, letters)), UserRepository(m_db).list(AccessScope::system()),
                         *m_redaction);
        leftOut = keepOwn(measures, actions, letters);
    }
    const SummaryHtml out(redactor ? &*redactor : nullptr);
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

    QString html = letterhead(m_db, m_reader, i.schoolId, !logo().isNull(), out);
    html += QStringLiteral("<h2>%1 %2</h2>").arg(out.text(tr("Case summary")), out.text(i.reference));
    if (redactor)
        html += QStringLiteral("<p><i>%1</i></p>").arg(SummaryHtml::escape(redactor->notice()));
    if (!leftOut.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(SummaryHtml::escape(leftOut));
    QStringList harms;
    for (Harm harm : i.harms)
        harms.append(Labels::harm(harm));
    QList<QStringList> facts{
        { tr("Title"), i.title },
        { tr("Status"), Labels::incidentStatus(i.status) },
        { tr("Happened"), SummaryHtml::moment(i.occurredAt) },
        { tr("Reported"), SummaryHtml::moment(i.reportedAt) },
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
    html += out.table({ tr("Item"), tr("Value") }, facts, QString());

    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Persons involved")));
    QList<QStringList> people;
    for (const Involvement &v : i.involvements) {
        const auto p = persons.get(m_reader, v.personId);
        people.append({ nameOf(v.personId), p ? Labels::personKind(p->kind) : QString(), Labels::involvementRole(v.role), v.notes });
    }
    html += out.table({ tr("Name"), tr("Kind"), tr("Role"), tr("Note") }, people, tr("Nobody is recorded as involved."));

    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Protocol articles")));
    if (const auto version = ProtocolRepository(m_db).version(i.protocolVersionId)) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(out.text(tr("As worded in %1, in force from %2.").arg(version->name, SummaryHtml::day(version->inForceFrom))));
        bool any = false;
        for (const ProtocolArticle &a : version->articles)
            if (i.articleIds.contains(a.id)) {
                any = true;
                html += QStringLiteral("<p><b>%1 %2</b><br>%3</p>").arg(out.text(a.code), out.text(a.title), out.text(a.body));
            }
        if (!any)
            html += QStringLiteral("<p><i>%1</i></p>").arg(out.text(tr("No articles chosen.")));
    }

    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(out.text(tr("Description")),
                                                       i.description.isEmpty() ? out.text(tr("(none)")) : out.text(i.description));

    // Everything that happened, in date order.
    QList<Event> events{ { i.occurredAt, tr("Incident"), i.title }, { i.reportedAt, tr("Reported"), i.reference } };
    for (const IncidentNote &n : IncidentRepository(m_db).notes(i.id))
        events.append({ n.shownAt(), tr("Note"), (n.replacedByNoteId ? tr("(corrected later) ") : QString())
                                                     + (n.authorName.isEmpty() ? tr("(unknown)") : n.authorName)
                                                     + (n.happenedAt.isValid() && n.happenedAt.secsTo(n.writtenAt) > 10 * 60
                                                            ? QLatin1Char(' ') + tr("(written down on %1)").arg(SummaryHtml::moment(n.writtenAt))
                                                            : QString())
                                                     + QStringLiteral(": ") + n.body });
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
    for (const Action &a : actions)
        if (a.status == ActionStatus::Gedaan)
            events.append({ a.doneOn.startOfDay(), tr("Action done"), a.title, true });
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
        chronology.append({ e.dateOnly ? SummaryHtml::day(e.at.date()) : SummaryHtml::moment(e.at), e.kind, e.what });
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Chronology")));
    html += out.table({ tr("When"), tr("What"), tr("Details") }, chronology, QString());

    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Measures")));
    QList<QStringList> measureRows;
    for (const Measure &m : measures) {
        const auto type = types.get(m.measureTypeId);
        QStringList terms;
        for (const Action &a : actions)
            if (a.measureId == m.id)
                terms.append(QStringLiteral("%1 %2 (%3)").arg(Labels::dueText(a), a.title, Labels::actionStatus(a.status).toLower()));
        measureRows.append({ nameOf(m.personId), type ? type->name : QString(), Labels::measureStatus(m.status),
                             m.startsOn.isValid() ? SummaryHtml::day(m.startsOn) + QStringLiteral(" – ") + SummaryHtml::day(m.endsOn) : QString(),
                             terms.join(QLatin1Char('\n')) });
    }
    html += out.table({ tr("Person"), tr("Measure"), tr("Status"), tr("Period"), tr("Terms") }, measureRows, tr("No measures."));
    // Why each measure was taken as it was: the motivation, a rung above the advice, a decision
    // before its required step, a long suspension confirmed, a late objection handled.
    QList<QStringList> reasons;
    for (const Measure &m : measures) {
        const auto type = types.get(m.measureTypeId);
        const QString who = nameOf(m.personId);
        const QString what = type ? type->name : QString();
        if (!m.motivation.isEmpty())
            reasons.append({ who, what, tr("Motivation"), m.motivation });
        if (!m.escalationMotivation.isEmpty())
            reasons.append({ who, what, tr("Heavier than advised"), m.escalationMotivation });
        if (!m.stepMotivation.isEmpty())
            reasons.append({ who, what, tr("Decided before a required step"), m.stepMotivation });
        if (m.periodConfirmed)
            reasons.append({ who, what, tr("Length confirmed"),
                             tr("%1 to %2 runs over days without school; confirmed when decided.")
                                 .arg(SummaryHtml::day(m.startsOn), SummaryHtml::day(m.endsOn)) });
        for (const Objection &o : MeasureRepository(m_db).objections(m.id))
            if (!o.lateReason.isEmpty())
                reasons.append({ who, what, tr("Late objection handled"),
                                 tr("Received %1: %2").arg(SummaryHtml::day(o.receivedOn), o.lateReason) });
    }
    if (!reasons.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(out.text(tr("Motivations")));
        html += out.table({ tr("Person"), tr("Measure"), tr("About"), tr("Motivation") }, reasons, QString());
    }

    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Actions")));
    QList<QStringList> actionRows;
    for (const Action &a : actions)
        actionRows.append({ Labels::dueText(a), a.title, Labels::actionStatus(a.status),
                            a.status == ActionStatus::Gedaan ? SummaryHtml::day(a.doneOn) : a.notNeededReason,
                            Labels::termNote(a).isEmpty() ? a.legalSource : a.legalSource + QStringLiteral(". ") + Labels::termNote(a) });
    html += out.table({ tr("Due"), tr("Action"), tr("Status"), tr("Done on / reason"), tr("Source") }, actionRows, tr("No actions."));

    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Correspondence")));
    QList<QStringList> letterRows;
    QList<QStringList> attachmentRows;
    for (const Correspondence &c : letters) {
        letterRows.append({ SummaryHtml::day(c.sentOn), Labels::direction(c.direction), Labels::channel(c.channel), c.correspondent, c.subject });
        for (const AttachmentInfo &a : store.attachmentsOfCorrespondence(m_reader, c.id))
            attachmentRows.append({ a.fileName, c.subject, QLocale(QLocale::Dutch).formattedDataSize(a.size), QString::fromLatin1(a.sha256) });
    }
    html += out.table({ tr("Date"), tr("Direction"), tr("Channel"), tr("Correspondent"), tr("Subject") }, letterRows, tr("No correspondence."));
    for (const AttachmentInfo &a : evidence)
        attachmentRows.prepend({ a.fileName, tr("evidence"), QLocale(QLocale::Dutch).formattedDataSize(a.size), QString::fromLatin1(a.sha256) });
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Attachments")));
    html += out.table({ tr("File"), tr("With"), tr("Size"), tr("SHA-256") }, attachmentRows, tr("No attachments."));
    if (ambiguous)
        *ambiguous = redactor ? redactor->ambiguousWords() : QStringList();
    return html;
}

QString CaseSummary::keepOwn(QList<Measure> &measures, QList<Action> &actions, QList<Correspondence> &letters) const
{
    // A copy for one person holds what concerns that person and their family: the measures
    // imposed on them, the actions of those measures or about them, the letters in their
    // dossier or to them. What another person was given is not theirs to read, renamed or not.
    const QSet<qint64> own = m_redaction->forPersonId > 0 ? RedactionPeople::defaultKept(m_db, m_redaction->forPersonId)
                                                          : QSet<qint64>();
    QSet<qint64> ownMeasures;
    const qsizetype measureCount = measures.size();
    measures.removeIf([&](const Measure &m) { return !own.contains(m.personId); });
    for (const Measure &m : std::as_const(measures))
        ownMeasures.insert(m.id);
    const qsizetype actionCount = actions.size();
    actions.removeIf([&](const Action &a) {
        return (a.measureId > 0 && !ownMeasures.contains(a.measureId)) || (a.personId > 0 && !own.contains(a.personId));
    });
    const qsizetype letterCount = letters.size();
    letters.removeIf([&](const Correspondence &c) { return !own.contains(c.personId) && !own.contains(c.aboutPersonId); });
    QStringList parts;
    if (const int n = int(measureCount - measures.size()))
        parts.append(tr("%n measure(s)", nullptr, n));
    if (const int n = int(actionCount - actions.size()))
        parts.append(tr("%n action(s)", nullptr, n));
    if (const int n = int(letterCount - letters.size()))
        parts.append(tr("%n letter(s) or message(s)", nullptr, n));
    if (parts.isEmpty())
        return QString();
    return tr("Measures, actions and correspondence that concern other persons are left out of this copy (%1).")
        .arg(parts.join(QStringLiteral(", ")));
}

QSet<qint64> CaseSummary::peopleIds(const Incident &incident, const QList<Measure> &measures, const QList<Correspondence> &letters)
{
    QSet<qint64> ids{ incident.reportedByPersonId };
    for (const Involvement &v : incident.involvements)
        ids.insert(v.personId);
    for (const Measure &m : measures)
        ids.insert(m.personId);
    for (const Correspondence &c : letters) {
        ids.insert(c.personId);
        ids.insert(c.aboutPersonId);
    }
    ids.remove(0);
    return ids;
}

QList<Person> CaseSummary::people(qint64 incidentId) const
{
    const auto found = IncidentRepository(m_db).get(m_reader, incidentId);
    if (!found)
        return {};
    CorrespondenceFilter ofCase;
    ofCase.incidentId = incidentId;
    return RedactionPeople::around(m_db, peopleIds(*found, MeasureRepository(m_db).ofIncident(m_reader, incidentId),
                                                   CorrespondenceRepository(m_db).list(m_reader, ofCase)));
}
