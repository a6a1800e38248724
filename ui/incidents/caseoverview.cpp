#include "caseoverview.h"

#include "domain/labels.h"
#include "services/lookup.h"

#include <QDate>
#include <algorithm>

namespace {

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString section(const QString &title, CaseOverview::Tab tab, const QString &linkText, const QString &body)
{
    return QStringLiteral("<h4 style=\"margin-bottom: 2px;\">%1 <span style=\"font-weight: normal; font-size: small;\">"
                          "<a href=\"tab:%2\">%3</a></span></h4>%4")
        .arg(title.toHtmlEscaped())
        .arg(int(tab))
        .arg(linkText.toHtmlEscaped(), body);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top: 0;\">%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

CaseOverview::CaseOverview(Session &session, const Incident &incident) : m_session(session), m_incident(incident)
{
}

QString CaseOverview::html() const
{
    QString html = section(tr("Status"), MeasuresTab, tr("measures and actions →"),
                           paragraph(QStringLiteral("%1 — %2").arg(Labels::incidentStatus(m_incident.status), waitingFor())));
    html += section(tr("Next term"), MeasuresTab, tr("all terms →"), paragraph(nextTerm()));
    html += section(tr("Persons involved"), PersonsTab, tr("persons →"), people());
    html += section(tr("Measures"), MeasuresTab, tr("measures →"), measures());
    html += section(tr("Latest note"), LogTab, tr("follow-up log →"), latestNote());
    html += section(tr("What happened"), ArticlesTab, tr("articles →"), facts());
    return html;
}

QString CaseOverview::waitingFor() const
{
    // The earliest open action says best what the case waits for; without one, the status does.
    QList<Action> open;
    for (const Action &a : Lookup(m_session).actionsOfIncident(m_incident.id))
        if (a.status == ActionStatus::Open)
            open.append(a);
    std::sort(open.begin(), open.end(), [](const Action &a, const Action &b) { return a.dueOn < b.dueOn; });
    for (const Measure &m : Lookup(m_session).measuresOfIncident(m_incident.id))
        if (m.status == MeasureStatus::Bezwaar)
            return tr("waiting for the decision on an objection");
    if (!open.isEmpty())
        return tr("waiting for: %1").arg(open.first().title);
    switch (m_incident.status) {
    case IncidentStatus::Gemeld: return tr("waiting to be taken up: hear those involved, then decide what to do");
    case IncidentStatus::InBehandeling: return tr("nothing open: decide on measures, or close the case");
    case IncidentStatus::Maatregel: return tr("nothing open: close the case when the measures have run their course");
    case IncidentStatus::Afgesloten:
    case IncidentStatus::GeenActie: return tr("closed, nothing open");
    }
    return QString();
}

QString CaseOverview::nextTerm() const
{
    std::optional<Action> next;
    for (const Action &a : Lookup(m_session).actionsOfIncident(m_incident.id))
        if (a.status == ActionStatus::Open && a.dueOn.isValid() && (!next || a.dueOn < next->dueOn))
            next = a;
    if (!next)
        return tr("No open term.");
    const qint64 days = QDate::currentDate().daysTo(next->dueOn);
    const QString when = days < 0 ? tr("%n day(s) overdue", nullptr, int(-days))
                       : days == 0 ? tr("today")
                                   : tr("in %n day(s)", nullptr, int(days));
    return QStringLiteral("%1: %2 (%3)").arg(day(next->dueOn), next->title, when);
}

QString CaseOverview::people() const
{
    if (m_incident.involvements.isEmpty())
        return paragraph(m_incident.noCauserReason.isEmpty() ? tr("Nobody is recorded as involved.")
                                                              : tr("No causer known: %1").arg(m_incident.noCauserReason));
    const Lookup lookup(m_session);
    QString rows;
    for (const Involvement &v : m_incident.involvements) {
        const auto p = lookup.involvedPerson(m_incident, v.personId);
        const QString name = p ? p->displayName() : tr("(no access)");
        const QString kind = p ? Labels::personKind(p->kind).toLower() : QString();
        QString about;
        if (p && p->kind == PersonKind::Leerling && !p->groupName.isEmpty())
            about = QStringLiteral(", %1").arg(p->groupName);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3%4</td></tr>")
                    .arg(Labels::involvementRole(v.role).toHtmlEscaped(), name.toHtmlEscaped(), kind.toHtmlEscaped(),
                         about.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">%1</table>").arg(rows);
}

QString CaseOverview::measures() const
{
    const Lookup lookup(m_session);
    QStringList lines;
    for (const Measure &m : lookup.measuresOfIncident(m_incident.id)) {
        const auto type = lookup.rung(m.measureTypeId);
        const auto person = lookup.involvedPerson(m_incident, m.personId);
        QString line = QStringLiteral("%1 — %2 — %3").arg(type ? type->name : tr("Measure"),
                                                          person ? person->displayName() : tr("(no access)"),
                                                          Labels::measureStatus(m.status).toLower());
        if (m.startsOn.isValid())
            line += QStringLiteral(" (%1 – %2)").arg(day(m.startsOn), day(m.endsOn));
        lines.append(line);
    }
    return paragraph(lines.isEmpty() ? tr("No measures yet.") : lines.join(QLatin1Char('\n')));
}

QString CaseOverview::latestNote() const
{
    std::optional<IncidentNote> latest;
    for (const IncidentNote &n : Lookup(m_session).notes(m_incident.id))
        if (n.replacedByNoteId == 0 && (!latest || n.shownAt() >= latest->shownAt()))
            latest = n;
    if (!latest)
        return paragraph(tr("No notes yet."));
    QString body = latest->body;
    if (body.size() > 400)
        body = body.left(400) + QStringLiteral("…");
    return paragraph(QStringLiteral("%1, %2:\n%3").arg(latest->shownAt().toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                                       latest->authorName.isEmpty() ? tr("(unknown)") : latest->authorName, body));
}

QString CaseOverview::facts() const
{
    const Incident &i = m_incident;
    QStringList harms;
    for (Harm harm : i.harms)
        harms.append(Labels::harm(harm));
    QString reporter;
    if (i.reportedByPersonId > 0)
        if (const auto p = Lookup(m_session).person(i.reportedByPersonId))
            reporter = p->displayName();
    QString registrar;
    for (const User &u : Lookup(m_session).everyUser())
        if (u.id == i.registeredByUserId)
            registrar = u.displayName;
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Context"), Labels::context(i.context));
    row(tr("Kind of harm"), harms.join(QStringLiteral(", ")));
    row(tr("Reported by"), reporter);
    row(tr("Registered by"), registrar);
    row(tr("Closing summary"), i.closingSummary);
    return QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">%1</table>").arg(rows)
           + paragraph(i.description.isEmpty() ? tr("(no description)") : i.description);
}
