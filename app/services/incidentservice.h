#pragma once

#include "permissions.h"

#include "../domain/accessscope.h"
#include "../domain/attachmentinfo.h"
#include "../domain/incident.h"
#include "../domain/incidentnote.h"
#include "../domain/person.h"

#include <QCoreApplication>
#include <QImage>

class Database;
class Transaction;

// Registering and following a case: every write checks IncidentRules first and is one
// Transaction as `actor`. A rule that is broken throws StorageError(Invalid) with the Dutch
// message, and nothing is written.
class IncidentService
{
    Q_DECLARE_TR_FUNCTIONS(IncidentService)

public:
    IncidentService(Database &db, const AccessScope &actor);

    // A new incident as the form starts it: reported now, by the actor, status gemeld.
    Incident draft(qint64 schoolId) const;
    // Links the protocol version in force on the incident's date, records the actor as registrar
    // and gives the reference.
    // `newPersons` are `overig` persons added in the form: an involvement with person id -1
    // means newPersons[0], -2 newPersons[1], …; they are created in the same transaction.
    void registerIncident(Incident &incident, QList<Person> newPersons = {});
    // Saves an edit (Stale when someone saved in between). The protocol version stays that of
    // the registration, and the articles must belong to it.
    void save(Incident &incident, QList<Person> newPersons = {});
    // Moves the case on; a closing summary (closing) or a reason (reopening) goes with it. The
    // reason for reopening is written to the follow-up log.
    void changeStatus(Incident &incident, IncidentStatus to, const QString &text);

    // `happenedAt`: when the conversation or event took place, if not now; it keeps beside the
    // moment of writing, and may lie neither ahead nor before the day the incident happened.
    qint64 addNote(qint64 incidentId, const QString &body, const QDateTime &happenedAt = QDateTime());
    // A corrected note is a new note that replaces the old one, which stays readable; it took
    // place when the old one did.
    qint64 correctNote(const IncidentNote &note, const QString &body);

    // Evidence is a file with content, captured no later than now: an empty file or a capture
    // date ahead is refused (Invalid).
    AttachmentInfo addEvidenceFile(qint64 incidentId, const QString &path, const QString &sourceUrl,
                                   const QDateTime &capturedAt);
    // A screenshot pasted from the clipboard, stored as PNG.
    AttachmentInfo addEvidenceImage(qint64 incidentId, const QImage &image, const QString &sourceUrl,
                                    const QDateTime &capturedAt);
    // Removing evidence needs a reason, kept in the audit trail beside the removal.
    void removeEvidence(const AttachmentInfo &evidence, const QString &reason);

    void link(qint64 incidentId, qint64 otherId);
    void unlink(qint64 incidentId, qint64 otherId);

private:
    void checkCapture(const QDateTime &capturedAt) const;
    void check(const Incident &incident) const;
    // `what` is allowed for the user, in a case they see; otherwise refused and logged.
    void requireCase(Permission what, qint64 incidentId) const;
    void createPersons(Transaction &tx, Incident &incident, QList<Person> &newPersons);
    void fileFlagActions(Transaction &tx, const Incident &incident);
    Database &m_db;
    AccessScope m_actor;
};
