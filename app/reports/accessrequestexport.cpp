#include "accessrequestexport.h"

#include "dossiersummary.h"
#include "redactionpeople.h"
#include "summarydocument.h"

#include "../domain/action.h"
#include "../domain/enums.h"
#include "../storage/actionrepository.h"
#include "../storage/attachmentstore.h"
#include "../storage/personrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "../services/auditedoutput.h"
#include "../services/audittrail.h"
#include "../services/dossierreader.h"
#include "../services/permissions.h"
#include "../services/procedures.h"
#include "../services/zipwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

QString isoDay(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString entryKind(DossierEntry::Kind kind)
{
    switch (kind) {
    case DossierEntry::Kind::Involvement: return QStringLiteral("melding");
    case DossierEntry::Kind::Measure: return QStringLiteral("maatregel");
    case DossierEntry::Kind::Action: return QStringLiteral("actie");
    case DossierEntry::Kind::Correspondence: return QStringLiteral("correspondentie");
    case DossierEntry::Kind::Note: return QStringLiteral("notitie");
    case DossierEntry::Kind::Document: return QStringLiteral("document");
    }
    return QString();
}

// A file name that is safe inside a ZIP on every system.
QString safeName(const QString &name)
{
    QString result = name;
    result.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    result = result.trimmed();
    return result.isEmpty() ? QStringLiteral("bijlage") : result;
}

// The person's own attachments: those of the letters in their dossier and documents filed on them.
QList<AttachmentInfo> ownAttachments(Database &db, const AccessScope &scope, const DossierReader::Dossier &dossier)
{
    AttachmentStore store(db);
    QList<AttachmentInfo> result;
    QSet<qint64> seen;
    for (const DossierEntry &e : dossier.entries)
        if (e.kind == DossierEntry::Kind::Correspondence)
            for (const AttachmentInfo &a : store.attachmentsOfCorrespondence(scope, e.id))
                if (!seen.contains(a.id)) {
                    seen.insert(a.id);
                    result.append(a);
                }
    for (const AttachmentInfo &a : store.attachmentsOfPerson(scope, dossier.person.id))
        if (!seen.contains(a.id)) {
            seen.insert(a.id);
            result.append(a);
        }
    return result;
}

QString zipName(int index, const AttachmentInfo &a)
{
    return QStringLiteral("bijlagen/%1-%2").arg(index + 1, 2, 10, QLatin1Char('0')).arg(safeName(a.fileName));
}

} // namespace

AccessRequestExport::AccessRequestExport(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

RedactionOptions AccessRequestExport::redaction(const Request &request) const
{
    if (request.redaction.forPersonId > 0)
        return request.redaction;
    RedactionOptions options = RedactionPeople::optionsFor(m_db, request.personId);
    options.nameStaffInRole = request.redaction.nameStaffInRole;
    options.extraTerms = request.redaction.extraTerms;
    return options;
}

QByteArray AccessRequestExport::json(const Request &request) const
{
    const DossierReader::Dossier dossier = DossierReader(m_db, m_actor).reload(request.personId);
    const Person &p = dossier.person;
    const Redactor redactor(DossierSummary(m_db, m_actor).people(p.id), UserRepository(m_db).list(AccessScope::system()), redaction(request));
    const auto text = [&redactor](const QString &value) { return redactor.plain(value); };

    QJsonObject person{ { QStringLiteral("soort"), toCode(p.kind) },
                        { QStringLiteral("voornamen"), p.givenNames },
                        { QStringLiteral("roepnaam"), p.roepnaam },
                        { QStringLiteral("tussenvoegsel"), p.tussenvoegsel },
                        { QStringLiteral("achternaam"), p.surname },
                        { QStringLiteral("geboortedatum"), isoDay(p.birthDate) },
                        { QStringLiteral("school"), dossier.schoolName },
                        { QStringLiteral("groep"), p.groupName },
                        { QStringLiteral("functie"), p.functionTitle },
                        { QStringLiteral("nummer"), p.externalId },
                        { QStringLiteral("email"), p.email },
                        { QStringLiteral("telefoon"), p.phone },
                        { QStringLiteral("adres"), p.address },
                        { QStringLiteral("postcode"), p.postalCode },
                        { QStringLiteral("plaats"), p.city },
                        { QStringLiteral("in_dienst_of_ingeschreven"), isoDay(p.startDate) },
                        { QStringLiteral("vertrokken"), isoDay(p.leaveDate) },
                        { QStringLiteral("notities"), text(p.notes) } };
    QJsonArray relatives;
    for (const DossierReader::Relative &r : dossier.relatives)
        relatives.append(QJsonObject{ { QStringLiteral("naam"), redactor.label(r.person.id) },
                                      { QStringLiteral("relatie"), toCode(r.link.relation) },
                                      { QStringLiteral("gezag"), r.link.parentalAuthority },
                                      { QStringLiteral("ontvangt_post"), r.link.receivesMail } });
    QJsonArray entries;
    AttachmentStore store(m_db);
    const QList<AttachmentInfo> attachments = ownAttachments(m_db, m_actor, dossier);
    for (const DossierEntry &e : dossier.entries) {
        QJsonObject entry{ { QStringLiteral("soort"), entryKind(e.kind) },
                           { QStringLiteral("datum"), isoDay(e.date) },
                           { QStringLiteral("tijd"), e.time },
                           { QStringLiteral("onderwerp"), text(e.title) },
                           { QStringLiteral("code"), e.code },
                           { QStringLiteral("tweede_code"), e.secondCode },
                           { QStringLiteral("tekst"), text(e.text) },
                           { QStringLiteral("melding"), e.incidentReference } };
        if (e.kind == DossierEntry::Kind::Correspondence) {
            QJsonArray files;
            for (const AttachmentInfo &a : store.attachmentsOfCorrespondence(m_actor, e.id))
                for (int i = 0; i < attachments.size(); ++i)
                    if (attachments.at(i).id == a.id)
                        files.append(zipName(i, a));
            entry.insert(QStringLiteral("bijlagen"), files);
        }
        entries.append(entry);
    }
    QJsonArray files;
    for (int i = 0; i < attachments.size(); ++i) {
        const AttachmentInfo &a = attachments.at(i);
        files.append(QJsonObject{ { QStringLiteral("bestand"), zipName(i, a) },
                                  { QStringLiteral("oorspronkelijke_naam"), text(a.fileName) },
                                  { QStringLiteral("soort"), a.mimeType },
                                  { QStringLiteral("grootte"), a.size },
                                  { QStringLiteral("sha256"), QString::fromLatin1(a.sha256) } });
    }
    const QJsonObject root{ { QStringLiteral("formaat"), QStringLiteral("dossierkast-inzage") },
                            { QStringLiteral("versie"), 1 },
                            { QStringLiteral("verzoek_ontvangen"), isoDay(request.receivedOn) },
                            { QStringLiteral("gemaakt_op"), SqlValues::now().toUTC().toString(Qt::ISODate) },
                            { QStringLiteral("toelichting"), redactor.notice() },
                            { QStringLiteral("persoon"), person },
                            { QStringLiteral("ouders_of_kinderen"), relatives },
                            { QStringLiteral("dossier"), entries },
                            { QStringLiteral("bijlagen"), files } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AccessRequestExport::Result AccessRequestExport::write(const Request &request, const QString &zipPath)
{
    const QDate today = SqlValues::now().toLocalTime().date();
    if (!request.receivedOn.isValid() || request.receivedOn > today)
        throw StorageError(StorageError::Kind::Invalid, tr("The date the request was received must be a date that has passed (or today)."));
    // A reporter sees only the cases they registered: their copy would not be the whole dossier.
    Permissions::require(m_db, m_actor, Permission::AnswerAccessRequests, QStringLiteral("persons"), request.personId);
    // Reading first: a person outside the actor's scope is refused before anything is written.
    const DossierReader::Dossier dossier = DossierReader(m_db, m_actor).reload(request.personId);
    const RedactionOptions options = redaction(request);
    ZipWriter zip;
    const QString html = DossierSummary(m_db, m_actor, options).html(request.personId);
    // The mark of the trail before this answer's own record: the answer can prove the trail later.
    const QString anchor = AuditTrail::anchor(m_db).text();
    SummaryDocument document(html, request.printedBy, SqlValues::now());
    document.setAuditAnchor(anchor);
    zip.add(QStringLiteral("dossieroverzicht.pdf"), document.pdf());
    zip.add(QStringLiteral("gegevens.json"), json(request));
    AttachmentStore store(m_db);
    const QList<AttachmentInfo> attachments = ownAttachments(m_db, m_actor, dossier);
    for (int i = 0; i < attachments.size(); ++i)
        zip.add(zipName(i, attachments.at(i)), store.read(attachments.at(i).sha256));
    zip.add(QStringLiteral("LEESMIJ.txt"),
            tr("Answer to an access request (AVG art. 15) received on %1.\n\n"
               "dossieroverzicht.pdf  the dossier as the school keeps it; other persons are named by their role\n"
               "gegevens.json         the same data, readable by a computer\n"
               "bijlagen/             letters and documents in the dossier\n\n"
               "Audit mark %2: the school's audit trail at the moment this answer was made.\n")
                .arg(request.receivedOn.toString(QStringLiteral("dd-MM-yyyy")), anchor)
                .toUtf8());

    Result result;
    result.files = zip.names();
    result.attachments = int(attachments.size());
    // A month from the day after receipt; on a rest day the answer is due the next working day
    // (Verordening 1182/71 art. 3, as the Algemene termijnenwet does for Dutch law).
    const auto person = PersonRepository(m_db).get(AccessScope::system(), request.personId);
    Action planned = Procedures(m_db).planner(person ? person->schoolId : 0).forAccessRequest(request.personId, request.receivedOn);
    result.dueOn = planned.dueOn;
    Transaction tx(m_db, m_actor);
    tx.logEvent(QStringLiteral("access_request"), QStringLiteral("persons"), request.personId,
                QStringLiteral("request received %1; ZIP with %2 attachments%3")
                    .arg(isoDay(request.receivedOn))
                    .arg(attachments.size())
                    .arg(request.answered ? QStringLiteral("; answered") : QString()));
    ActionRepository actions(m_db);
    if (!actions.rulesFiledForPerson(request.personId).contains(planned.rule)) {
        Action action = planned;
        action.responsibleUserId = m_actor.userId();
        if (request.answered) {
            action.status = ActionStatus::Gedaan;
            action.doneOn = today;
            action.doneNote = tr("Answered with an export of the dossier.");
        }
        actions.insert(tx, action);
        result.actionId = action.id;
    }
    // The ZIP is complete before the record is committed, and replaces an earlier file only
    // after: a failure on either side leaves neither a record without a file nor the reverse.
    AuditedOutput output(zipPath);
    zip.write(output.partPath());
    output.publish(tx);
    QFile::remove(zipPath + QStringLiteral(".new"));     // what an interrupted run of an earlier version left
    return result;
}
