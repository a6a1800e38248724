#include "dossiersummary.h"

#include "../domain/labels.h"
#include "../services/dossierreader.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/userrepository.h"
#include "casesummary.h"
#include "redactionpeople.h"
#include "../domain/redactor.h"
#include "summaryhtml.h"

#include <QLocale>

namespace {

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

DossierSummary::DossierSummary(Database &db, const AccessScope &reader, const std::optional<RedactionOptions> &redaction)
    : m_db(db), m_reader(reader), m_redaction(redaction)
{
}

QString DossierSummary::html(qint64 personId, QStringList *ambiguous) const
{
    const DossierReader::Dossier dossier = DossierReader(m_db, m_reader).reload(personId);
    const Person &p = dossier.person;
    std::optional<Redactor> redactor;
    if (m_redaction)
        redactor.emplace(RedactionPeople::around(m_db, peopleIds(dossier)), UserRepository(m_db).list(AccessScope::system()), *m_redaction);
    const SummaryHtml out(redactor ? &*redactor : nullptr);
    QString html = CaseSummary::letterhead(m_db, m_reader, p.schoolId, false, out);
    const QString title = p.kind == PersonKind::Medewerker ? tr("Staff dossier") : p.kind == PersonKind::Leerling ? tr("Pupil dossier")
                                                                                                                 : tr("Dossier summary");
    html += QStringLiteral("<h2>%1: %2</h2>").arg(out.text(title), out.text(p.displayName()));
    if (redactor)
        html += QStringLiteral("<p><i>%1</i></p>").arg(SummaryHtml::escape(redactor->notice()));
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
        facts.append({ tr("Date of birth"), SummaryHtml::day(p.birthDate) });
    if (p.leaveDate.isValid())
        facts.append({ tr("Left on"), SummaryHtml::day(p.leaveDate) });
    QStringList relatives;
    for (const DossierReader::Relative &r : dossier.relatives)
        relatives.append(QStringLiteral("%1 (%2)").arg(r.person.displayName(), Labels::relation(r.link.relation).toLower()));
    if (!relatives.isEmpty())
        facts.append({ p.kind == PersonKind::Ouder ? tr("Children") : tr("Parents and carers"), relatives.join(QStringLiteral(", ")) });
    html += out.table({ tr("Item"), tr("Value") }, facts, QString());

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
        const QString when = e.time.isEmpty() ? SummaryHtml::day(e.date) : SummaryHtml::day(e.date) + QLatin1Char(' ') + e.time;
        chronology.append({ when, kindLabel(e.kind), e.title, e.incidentReference });
        if (e.kind == DossierEntry::Kind::Involvement)
            incidents.append({ e.incidentReference, when, e.title, Labels::ofCode(e.code, &Labels::involvementRole),
                               Labels::ofCode(e.secondCode, &Labels::incidentStatus) });
        if (e.kind == DossierEntry::Kind::Measure)
            measures.append({ when, e.title, Labels::ofCode(e.code, &Labels::measureStatus), e.incidentReference, e.text });
        if (e.kind == DossierEntry::Kind::Correspondence) {
            letters.append({ SummaryHtml::day(e.date), Labels::ofCode(e.code, &Labels::direction), Labels::ofCode(e.secondCode, &Labels::channel),
                             e.title, e.incidentReference });
            for (const AttachmentInfo &a : store.attachmentsOfCorrespondence(m_reader, e.id))
                attachments.append({ a.fileName, e.title, dutch.formattedDataSize(a.size), QString::fromLatin1(a.sha256) });
        }
        if (e.kind == DossierEntry::Kind::Document)
            attachments.append({ e.title, tr("dossier"), QString(), QString() });
    }
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Incidents")));
    html += out.table({ tr("Reference"), tr("Happened"), tr("Title"), tr("Role"), tr("Status") }, incidents, tr("No incidents."));
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Measures")));
    html += out.table({ tr("Date"), tr("Measure"), tr("Status"), tr("Incident"), tr("Period and motivation") }, measures, tr("No measures."));
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Chronology")));
    html += out.table({ tr("When"), tr("What"), tr("Subject"), tr("Incident") }, chronology, tr("Nothing is filed."));
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Correspondence")));
    html += out.table({ tr("Date"), tr("Direction"), tr("Channel"), tr("Subject"), tr("Incident") }, letters, tr("No correspondence."));
    html += QStringLiteral("<h3>%1</h3>").arg(out.text(tr("Attachments")));
    html += out.table({ tr("File"), tr("With"), tr("Size"), tr("SHA-256") }, attachments, tr("No attachments."));
    if (ambiguous)
        *ambiguous = redactor ? redactor->ambiguousWords() : QStringList();
    return html;
}

QSet<qint64> DossierSummary::peopleIds(const DossierReader::Dossier &dossier) const
{
    QSet<qint64> ids{ dossier.person.id };
    for (const DossierReader::Relative &r : dossier.relatives)
        ids.insert(r.person.id);
    QSet<qint64> incidents;
    CorrespondenceRepository letters(m_db);
    for (const DossierEntry &e : dossier.entries) {
        if (e.incidentId > 0)
            incidents.insert(e.incidentId);
        if (e.kind == DossierEntry::Kind::Correspondence)
            if (const auto c = letters.get(m_reader, e.id)) {
                ids.insert(c->personId);
                ids.insert(c->aboutPersonId);
            }
    }
    IncidentRepository incidentRepository(m_db);
    for (const qint64 id : std::as_const(incidents))
        if (const auto incident = incidentRepository.get(m_reader, id)) {
            ids.insert(incident->reportedByPersonId);
            for (const Involvement &v : incident->involvements)
                ids.insert(v.personId);
        }
    ids.remove(0);
    return ids;
}

QList<Person> DossierSummary::people(qint64 personId) const
{
    return RedactionPeople::around(m_db, peopleIds(DossierReader(m_db, m_reader).reload(personId)));
}
