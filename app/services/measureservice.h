#pragma once

#include "../domain/accessscope.h"
#include "../domain/deadlineplanner.h"
#include "../domain/escalation.h"
#include "../domain/measure.h"
#include "../domain/objection.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class Database;
class Transaction;

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
    // "5 school days, 21 calendar days" for a measure with a period, counted on its school's calendar.
    QString periodSummary(const Measure &measure) const;
    // A pupil suspension longer than a week in calendar days, which save() refuses unconfirmed.
    bool needsPeriodConfirmation(const Measure &measure) const;
    // Why save() would refuse the measure as it stands (the rules, not the permissions); empty
    // when it would not. A form asks its questions only about a measure that can be saved.
    QString problem(const Measure &measure) const;
    // Whether saving this measure decides it (a new decision, or a proposal becoming one).
    bool decides(const Measure &measure) const;
    // The required steps not done before this decision (empty when it decides nothing):
    // save() refuses them without a step motivation, which is kept with the measure.
    QStringList openSteps(const Measure &measure) const;
    // The term for an objection or appeal against a decided measure, from the day its decision
    // was sent (or decided, while it was not); `source` says which law or body sets it.
    std::optional<DeadlinePlanner::Term> objectionTerm(const Measure &measure, QString *source = nullptr) const;
    // Checks (StorageError Invalid with a Dutch message), records the advice, files the actions.
    void propose(Measure &measure);
    void save(Measure &measure);
    // Records an objection received on a date: the measure goes to `bezwaar`, the decision term
    // is filed. One received after its term is refused unless `lateReason` says why it is
    // handled anyway (kept with the objection).
    Objection addObjection(Measure &measure, const QDate &receivedOn, const QString &notes,
                           const QString &lateReason = QString());
    // Decides the objection: gegrond overturns the measure, ongegrond upholds it.
    void decideObjection(Measure &measure, Objection &objection, const QDate &decisionOn, bool upheld);

private:
    void check(const Measure &measure) const;
    void write(Measure &measure, bool isNew);
    // Completes the hearings the measure records as held, and, when it was decided before its
    // required steps, sets those still open to not needed with the motivation.
    void closeSteps(Transaction &tx, const Measure &measure, bool skipped);
    Database &m_db;
    AccessScope m_actor;
};
