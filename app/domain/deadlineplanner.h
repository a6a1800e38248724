#pragma once

#include "action.h"
#include "incident.h"
#include "legalterms.h"
#include "measure.h"
#include "measuretype.h"
#include "schoolcalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// The procedural actions that the law and the CAO attach to a measure, an objection and an
// incident's flags (DESIGN.md §4), with their due dates. Each carries a rule key, so a step
// that was generated once is not generated again; the caller files only the missing ones.
class DeadlinePlanner
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinePlanner)

public:
    // A term that runs after an event (a decision sent, an objection received).
    struct Term
    {
        QDate countedFrom;      // the day after the event (Awb 6:8)
        QDate plainEnd;         // where the weeks or months end
        QDate due;              // the same, or extended by the Algemene termijnenwet
        bool extended() const { return due != plainEnd; }
    };
    // The days the steps that start a term were done, by rule (a letter sent, say).
    using Done = QHash<QString, QDate>;

    DeadlinePlanner(const LegalTerms &terms, const SchoolCalendar &calendar);
    // What the measure's current status calls for (before and at the decision). A term that runs
    // from a letter counts from the day it was sent when `done` has it, else from the decision.
    QList<Action> forMeasure(const Measure &measure, const MeasureType &type, const Done &done = {}) const;
    // An objection received on `receivedOn` against a measure.
    QList<Action> forObjection(const Measure &measure, const QDate &receivedOn) const;
    // What the incident's flags call for, due on `today`.
    QList<Action> forIncident(const Incident &incident, const QDate &today) const;
    // An access request received on `receivedOn`: the answer is due a month later (the setting).
    Action forAccessRequest(qint64 personId, const QDate &receivedOn) const;

    // A statutory term of `weeks` weeks and `months` months after the event: it ends on the day
    // of the same name and number, and on a rest day moves to the next (when the setting is on).
    Term termAfter(const QDate &event, int weeks, int months = 0) const;
    // The term for an objection or appeal against the measure, from the day its written decision
    // was sent (or decided, while it was not), with the rule of that letter and the source.
    Term objectionTerm(const Measure &measure, const MeasureType &type, const Done &done, QString *source = nullptr) const;
    // The rule of the letter whose sending starts a term, for the rules that are terms.
    static QString startedBy(const QString &termRule);
    // The rule of the written decision of a measure of this type (empty when it has none).
    static QString decisionLetterRule(const MeasureType &type, const Measure &measure);

private:
    Action make(ActionKind kind, const QString &rule, const QString &title, const QDate &due, const QString &source) const;
    Action makeTerm(ActionKind kind, const QString &rule, const QString &title, const Term &term, const QString &source) const;

    LegalTerms m_terms;
    SchoolCalendar m_calendar;
};
