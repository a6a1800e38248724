#include "dossiersummary.h"

#include "../domain/labels.h"
#include "../services/dossierreader.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "casesummary.h"

#include <QLocale>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

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

QString kindLabel(DossierEntry::Kind kind)
{
    switch (kind) {
    case DossierEntry::Kind::Involvement: return DossierSummary::tr("Incident");
    case DossierEntry::Kind::Measure: return DossierSummary::tr("Measure");
    case DossierEntry::Kind::Action: return DossierSummary::tr("Action");
    case DossierEntry::Kind::Correspondence: return DossierSummary::tr("Correspondence");
    case DossierEntry::Kind::Note: return DossierSummary::tr("Note");
    case DossierEntry::Kind::Document: return DossierSummary::tr("Document");
    }
    return QString();
}

} // namespace

DossierSummary::DossierSummary(Database &db, const AccessScope &reader) : m_db(db), m_reader(reader)
{
}

QString DossierSummary::html(qint64 personId) const
{
    const DossierReader::Dossier dossier = DossierReader(m_db, m_reader).reload(personId);
    const Person &p = dossier.person;
    QString html = CaseSummary::letterhead(m_db, m_reader, p.schoolId, false);
    const QString title = p.kind == PersonKind::Medewerker ? tr("Staff dossier") : p.kind == PersonKind::Leerling ? tr("Pupil dossier")
                                                                                                                 : tr("Dossier summary");
    html += QStringLiteral("<h2>%1: %2</h2>").arg(esc(title), esc(p.displayName()));
    QList<QStringList> facts{ { tr("Kind"), Labels::personKind(p.kind) } };
    if (!dossier.schoolName.isEmpty())
        facts.append({ tr("School"), dossier.schoolName });
    if (p.kind == PersonKind::Medewerker && !p.functionTitle.isEmpty())
        facts.append({ tr("Function"), p.functionTitle });
    if (p.kind != PersonKind::Medewerker && !p.groupName.isEmpty())
        facts.append({ tr("Group or class"), p.groupName });
    if (!p.externalId.isEmpty())
        facts.append({ tr("Number"), p.externalId });
    if (p.birthDate.isValid())
        facts.append({ tr("Date of birth"), day(p.birthDate) });
    if (p.leaveDate.isValid())
        facts.append({ tr("Left on"), day(p.leaveDate) });
    QStringList relatives;
    for (const DossierReader::Relative &r : dossier.relatives)
        relatives.append(QStringLiteral("%1 (%2)").arg(r.person.displayName(), Labels::relation(r.link.relation).toLower()));
    if (!relatives.isEmpty())
        facts.append({ p.kind == PersonKind::Ouder ? tr("Children") : tr("Parents and carers"), relatives.join(QStringLiteral(", ")) });
    html += table({ tr("Item"), tr("Value") }, facts, QString());

    QList<QStringList> incidents;
    QList<QStringList> measures;
    QList<QStringList> chronology;
    QList<QStringList> letters;
    QList<QStringList> attachments;
    IncidentRepository incidentRepository(m_db);
    AttachmentStore store(m_db);
    const QLocale dutch(QLocale::Dutch);
    // Newest last reads as a story; the dossier view shows newest first.
    for (auto it = dossier.entries.crbegin(); it != dossier.entries.crend(); ++it) {
        const DossierEntry &e = *it;
        const QString when = e.time.isEmpty() ? day(e.date) : day(e.date) + QLatin1Char(' ') + e.time;
        chronology.append({ when, kindLabel(e.kind), e.title, e.incidentReference });
        if (e.kind == DossierEntry::Kind::Involvement)
            incidents.append({ e.incidentReference, when, e.title, Labels::ofCode(e.code, &Labels::involvementRole),
                               Labels::ofCode(e.secondCode, &Labels::incidentStatus) });
        if (e.kind == DossierEntry::Kind::Measure)
            measures.append({ when, e.title, Labels::ofCode(e.code, &Labels::measureStatus), e.incidentReference, e.text });
        if (e.kind == DossierEntry::Kind::Correspondence) {
            letters.append({ day(e.date), Labels::ofCode(e.code, &Labels::direction), Labels::ofCode(e.secondCode, &Labels::channel),
                             e.title, e.incidentReference });
            for (const AttachmentInfo &a : store.attachmentsOfCorrespondence(m_reader, e.id))
                attachments.append({ a.fileName, e.title, dutch.formattedDataSize(a.size), QString::fromLatin1(a.sha256) });
        }
        if (e.kind == DossierEntry::Kind::Document)
            attachments.append({ e.title, tr("dossier"), QString(), QString() });
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Incidents")));
    html += table({ tr("Reference"), tr("Happened"), tr("Title"), tr("Role"), tr("Status") }, incidents, tr("No incidents."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Measures")));
    html += table({ tr("Date"), tr("Measure"), tr("Status"), tr("Incident"), tr("Period and motivation") }, measures, tr("No measures."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Chronology")));
    html += table({ tr("When"), tr("What"), tr("Subject"), tr("Incident") }, chronology, tr("Nothing is filed."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Correspondence")));
    html += table({ tr("Date"), tr("Direction"), tr("Channel"), tr("Subject"), tr("Incident") }, letters, tr("No correspondence."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Attachments")));
    html += table({ tr("File"), tr("With"), tr("Size"), tr("SHA-256") }, attachments, tr("No attachments."));
    return html;
}
