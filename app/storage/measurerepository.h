#pragma once

#include "../domain/measure.h"
#include "../domain/objection.h"

#include <QList>
#include <optional>

#include <QDate>
#include <QString>

class AccessScope;
class Database;
class Transaction;

class MeasureRepository
{
public:
    explicit MeasureRepository(Database &db);
    void insert(Transaction &tx, Measure &measure);
    void update(Transaction &tx, Measure &measure);
    // A measure of an incident the scope may not see reads as absent.
    std::optional<Measure> get(const AccessScope &scope, qint64 id) const;
    // For an id from outside the scope's lists: hidden is Denied (logged), missing is NotFound.
    Measure require(const AccessScope &scope, qint64 id) const;
    QList<Measure> ofIncident(const AccessScope &scope, qint64 incidentId) const;
    // The person's whole history, for the escalation advice.
    QList<Measure> ofPerson(qint64 personId) const;
    QList<Objection> objections(qint64 measureId) const;
    void updateObjection(Transaction &tx, Objection &objection);
    // An objection (bezwaar) against a measure; outcome is gegrond, ongegrond or ingetrokken
    // once decided, empty before.
    qint64 addObjection(Transaction &tx, qint64 measureId, const QDate &receivedOn, const QDate &decisionOn,
                        const QString &outcome);

private:
    Database &m_db;
};
