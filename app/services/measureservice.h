#pragma once

#include "../domain/accessscope.h"
#include "../domain/escalation.h"
#include "../domain/measure.h"
#include "../domain/objection.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Proposing, deciding, withdrawing and objecting to measures. Every change checks the rules
// of §4 first and files, in the same transaction, the procedural actions it calls for (those
// not filed before); a withdrawn or overturned measure sets its open actions to not needed.
class MeasureService
{
    Q_DECLARE_TR_FUNCTIONS(MeasureService)

public:
    MeasureService(Database &db, const AccessScope &actor);

    // The advised rung for a person in an incident, from their earlier measures and the severity.
    // From the person's imposed measures — in this case too, if decided, only `measureId` (the
    // one being proposed or edited) left out — and the incident's severity. The reason also
    // names the person's other cases as causer within the look-back window.
    Escalation::Advice advise(qint64 incidentId, qint64 personId, qint64 measureId = 0) const;
    // Warnings the user must see before deciding (not blocking).
    QStringList warnings(const Measure &measure) const;
    // Checks (StorageError Invalid with a Dutch message), records the advice, files the actions.
    void propose(Measure &measure);
    void save(Measure &measure);
    // Records an objection received on a date: the measure goes to `bezwaar`, the decision term
    // is filed.
    Objection addObjection(Measure &measure, const QDate &receivedOn, const QString &notes);
    // Decides the objection: gegrond overturns the measure, ongegrond upholds it.
    void decideObjection(Measure &measure, Objection &objection, const QDate &decisionOn, bool upheld);

private:
    void check(const Measure &measure) const;
    void write(Measure &measure, bool isNew);
    Database &m_db;
    AccessScope m_actor;
};
