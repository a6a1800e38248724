#pragma once

#include "../domain/incident.h"
#include "../domain/incidentnote.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <optional>

class AccessScope;
class Database;
class Transaction;

class IncidentRepository
{
public:
    explicit IncidentRepository(Database &db);
    // Registers the incident with its harms, articles and involvements, and gives it the
    // next reference of its reporting year ("2026-0042").
    void insert(Transaction &tx, Incident &incident);
    // Saves an edit: the row (refused as Stale when someone saved in between), and the harms,
    // articles and involvements as they now are. Involvements keep their ids.
    void update(Transaction &tx, Incident &incident);
    // An incident the scope may not see reads as absent.
    std::optional<Incident> get(const AccessScope &scope, qint64 id) const;
    // The same for an id that came from outside the scope's lists: a hidden incident is refused
    // (StorageError Denied, logged), a missing one is NotFound.
    Incident require(const AccessScope &scope, qint64 id) const;
    Incident requireByReference(const AccessScope &scope, const QString &reference) const;
    int count(const AccessScope &scope) const;
    std::optional<Incident> findByReference(const AccessScope &scope, const QString &reference) const;
    // A follow-up note; an edit is a new note that names the one it replaces. `happenedAt` is
    // when what it records took place, when the user gave it.
    qint64 addNote(Transaction &tx, qint64 incidentId, const QDateTime &writtenAt, const QString &body,
                   qint64 replacesNoteId = 0, const QDateTime &happenedAt = QDateTime());
    // Links two related incidents (one group chat, several pupils); the order does not matter.
    void link(Transaction &tx, qint64 incidentId, qint64 otherId);
    void unlink(Transaction &tx, qint64 incidentId, qint64 otherId);
    // The follow-up log, oldest first, replaced wordings included (marked by replacedByNoteId).
    QList<IncidentNote> notes(qint64 incidentId) const;
    qint64 incidentOfNote(qint64 noteId) const;
    // Linked incidents the scope may see.
    QList<Incident> related(const AccessScope &scope, qint64 incidentId) const;
    // The cases the scope sees in which the person is the causer, reported on or after `since`,
    // oldest first: reference and the day it was reported.
    QList<QPair<QString, QDate>> asCauser(const AccessScope &scope, qint64 personId, const QDate &since) const;

private:
    QString nextReference(int year) const;
    void insertInvolvement(Transaction &tx, qint64 incidentId, Involvement &involvement);
    Database &m_db;
};
