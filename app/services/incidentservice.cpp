#include "incidentservice.h"

#include "permissions.h"

#include "../domain/deadlineplanner.h"
#include "../domain/incidentrules.h"
#include "../storage/attachmentstore.h"
#include "../storage/incidentrepository.h"
#include "../storage/personrepository.h"
#include "../storage/protocolrepository.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "procedures.h"

#include <QBuffer>
#include <QFileInfo>

IncidentService::IncidentService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

Incident IncidentService::draft(qint64 schoolId) const
{
    Incident incident;
    incident.schoolId = schoolId;
    const QDateTime now = SqlValues::now();
    incident.reportedAt = now;
    incident.occurredAt = now;
    incident.registeredByUserId = m_actor.userId();
    incident.handlerUserId = m_actor.userId();
    return incident;
}

void IncidentService::check(const Incident &incident) const
{
    const QString problem = IncidentRules::problem(incident, SqlValues::now());
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    const auto version = ProtocolRepository(m_db).version(incident.protocolVersionId);
    if (!version)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("No protocol version is in force on %1; add one under Beheer → Protocol.")
                               .arg(incident.occurredAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy"))));
    for (qint64 articleId : incident.articleIds) {
        bool found = false;
        for (const ProtocolArticle &article : version->articles)
            found = found || article.id == articleId;
        if (!found)
            throw StorageError(StorageError::Kind::Invalid,
                               tr("An article was chosen that is not part of %1, the protocol this incident falls "
                                  "under.").arg(version->name));
    }
}

void IncidentService::createPersons(Transaction &tx, Incident &incident, QList<Person> &newPersons)
{
    for (Person &person : newPersons) {
        person.kind = PersonKind::Overig;
        const QString problem = person.problem(QDate::currentDate());
        if (!problem.isEmpty())
            throw StorageError(StorageError::Kind::Invalid, problem);
    }
    QList<qint64> ids;
    for (Person &person : newPersons) {
        PersonRepository(m_db).insert(tx, person);
        ids.append(person.id);
    }
    for (Involvement &v : incident.involvements)
        if (v.personId < 0) {
            const int index = int(-v.personId - 1);
            if (index >= ids.size())
                throw StorageError(StorageError::Kind::Invalid, tr("An involved person is missing."));
            v.personId = ids.at(index);
        }
}

void IncidentService::fileFlagActions(Transaction &tx, const Incident &incident)
{
    // Flags call for actions (police report, Meldcode, …); each is filed once.
    Procedures procedures(m_db);
    const DeadlinePlanner planner(procedures.terms(), procedures.calendar(incident.schoolId));
    procedures.fileMissing(tx, planner.forIncident(incident, QDate::currentDate()));
}

void IncidentService::registerIncident(Incident &incident, QList<Person> newPersons)
{
    Permissions::require(m_db, m_actor, Permission::RegisterIncident, QStringLiteral("incidents"));
    Permissions::requireSchool(m_db, m_actor, incident.schoolId, QStringLiteral("incidents"));
    const auto version = ProtocolRepository(m_db).inForceOn(incident.occurredAt.toLocalTime().date());
    incident.protocolVersionId = version ? version->id : 0;
    incident.registeredByUserId = m_actor.userId();
    incident.status = IncidentStatus::Gemeld;
    check(incident);
    Incident registered = incident;
    Transaction tx(m_db, m_actor);
    createPersons(tx, registered, newPersons);
    IncidentRepository(m_db).insert(tx, registered);
    fileFlagActions(tx, registered);
    tx.commit();
    incident = registered;
}

void IncidentService::save(Incident &incident, QList<Person> newPersons)
{
    requireCase(Permission::EditCase, incident.id);
    Permissions::requireSchool(m_db, m_actor, incident.schoolId, QStringLiteral("incidents"), incident.id);
    check(incident);
    Incident saved = incident;
    Transaction tx(m_db, m_actor);
    createPersons(tx, saved, newPersons);
    IncidentRepository(m_db).update(tx, saved);
    fileFlagActions(tx, saved);
    tx.commit();
    incident = saved;
}

void IncidentService::changeStatus(Incident &incident, IncidentStatus to, const QString &text)
{
    requireCase(Permission::EditCase, incident.id);
    Incident moved = incident;
    const bool reopening = IncidentRules::isClosed(incident.status);
    if (IncidentRules::isClosed(to))
        moved.closingSummary = text.trimmed();
    const QString problem = IncidentRules::transitionProblem(moved, to, reopening ? text : QString());
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    moved.status = to;
    check(moved);
    Transaction tx(m_db, m_actor);
    IncidentRepository(m_db).update(tx, moved);
    if (reopening)
        IncidentRepository(m_db).addNote(tx, moved.id, SqlValues::now(), tr("Reopened: %1").arg(text.trimmed()));
    tx.commit();
    incident = moved;
}

void IncidentService::requireCase(Permission what, qint64 incidentId) const
{
    Permissions::require(m_db, m_actor, what, QStringLiteral("incidents"), incidentId);
    IncidentRepository(m_db).require(m_actor, incidentId);      // a case the user sees, or refused and logged
}

qint64 IncidentService::addNote(qint64 incidentId, const QString &body, const QDateTime &happenedAt)
{
    requireCase(Permission::AddToCase, incidentId);
    if (body.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("The note is empty."));
    const QDateTime now = SqlValues::now();
    if (happenedAt.isValid()) {
        // A minute's grace: "now" in the form was read a moment before saving.
        if (happenedAt > now.addSecs(60))
            throw StorageError(StorageError::Kind::Invalid,
                               tr("The note says it took place on %1, which is still ahead. Give the moment it took place.")
                                   .arg(happenedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        const Incident incident = IncidentRepository(m_db).require(m_actor, incidentId);
        if (happenedAt.toLocalTime().date() < incident.occurredAt.toLocalTime().date())
            throw StorageError(StorageError::Kind::Invalid,
                               tr("The note says it took place on %1, before the incident happened (%2). What came before "
                                  "belongs in the description.")
                                   .arg(happenedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")),
                                        incident.occurredAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy"))));
    }
    Transaction tx(m_db, m_actor);
    const qint64 id = IncidentRepository(m_db).addNote(tx, incidentId, now, body.trimmed(), 0,
                                                       happenedAt.isValid() ? std::min(happenedAt, now) : QDateTime());
    tx.commit();
    return id;
}

qint64 IncidentService::correctNote(const IncidentNote &note, const QString &body)
{
    requireCase(Permission::AddToCase, note.incidentId);
    if (body.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("The note is empty."));
    if (note.replacedByNoteId != 0)
        throw StorageError(StorageError::Kind::Stale, tr("This note was corrected already; correct the newest wording."));
    Transaction tx(m_db, m_actor);
    const qint64 id = IncidentRepository(m_db).addNote(tx, note.incidentId, SqlValues::now(), body.trimmed(), note.id,
                                                       note.happenedAt);
    tx.commit();
    return id;
}

AttachmentInfo IncidentService::addEvidenceFile(qint64 incidentId, const QString &path, const QString &sourceUrl,
                                                const QDateTime &capturedAt)
{
    requireCase(Permission::AddToCase, incidentId);
    checkCapture(capturedAt);
    const QFileInfo file(path);
    if (file.isFile() && file.size() == 0)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is empty (0 bytes): there is nothing in it to keep as evidence.").arg(file.fileName()));
    AttachmentInfo info;
    info.incidentId = incidentId;
    info.sourceUrl = sourceUrl.trimmed();
    info.capturedAt = capturedAt;
    Transaction tx(m_db, m_actor);
    AttachmentStore(m_db).attachFile(tx, info, path);
    tx.commit();
    return info;
}

AttachmentInfo IncidentService::addEvidenceImage(qint64 incidentId, const QImage &image, const QString &sourceUrl,
                                                 const QDateTime &capturedAt)
{
    requireCase(Permission::AddToCase, incidentId);
    checkCapture(capturedAt);
    if (image.isNull())
        throw StorageError(StorageError::Kind::Invalid, tr("The clipboard holds no image."));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    AttachmentInfo info;
    info.incidentId = incidentId;
    const QDateTime at = capturedAt.isValid() ? capturedAt : SqlValues::now();
    info.fileName = tr("screenshot-%1.png").arg(at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    info.mimeType = QStringLiteral("image/png");
    info.sourceUrl = sourceUrl.trimmed();
    info.capturedAt = at;
    Transaction tx(m_db, m_actor);
    AttachmentStore(m_db).attachBytes(tx, info, png);
    tx.commit();
    return info;
}

void IncidentService::removeEvidence(const AttachmentInfo &evidence, const QString &reason)
{
    requireCase(Permission::EditCase, evidence.incidentId);
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Say why the evidence is removed; the reason is kept."));
    Transaction tx(m_db, m_actor);
    tx.logEvent(QStringLiteral("evidence_removed"), QStringLiteral("attachments"), evidence.id,
                QStringLiteral("%1: %2").arg(evidence.fileName, reason.trimmed()));
    AttachmentStore(m_db).remove(tx, evidence.id);
    tx.commit();
}

void IncidentService::checkCapture(const QDateTime &capturedAt) const
{
    // A clock a few minutes off is not a capture in the future.
    if (capturedAt.isValid() && capturedAt > SqlValues::now().addSecs(5 * 60))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The capture date %1 lies in the future; give when the screenshot or file was made.")
                               .arg(capturedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
}

void IncidentService::link(qint64 incidentId, qint64 otherId)
{
    if (incidentId == otherId)
        throw StorageError(StorageError::Kind::Invalid, tr("An incident cannot be linked to itself."));
    requireCase(Permission::EditCase, incidentId);
    requireCase(Permission::EditCase, otherId);
    Transaction tx(m_db, m_actor);
    IncidentRepository(m_db).link(tx, incidentId, otherId);
    tx.commit();
}

void IncidentService::unlink(qint64 incidentId, qint64 otherId)
{
    requireCase(Permission::EditCase, incidentId);
    Transaction tx(m_db, m_actor);
    IncidentRepository(m_db).unlink(tx, incidentId, otherId);
    tx.commit();
}
