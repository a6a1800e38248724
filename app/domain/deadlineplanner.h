#pragma once

#include "action.h"
#include "incident.h"
#include "legalterms.h"
#include "measure.h"
#include "measuretype.h"
#include "schoolcalendar.h"

#include <QCoreApplication>
#include <QList>

// The procedural actions that the law and the CAO attach to a measure, an objection and an
// incident's flags (DESIGN.md §4), with their due dates. Each carries a rule key, so a step
// that was generated once is not generated again; the caller files only the missing ones.
class DeadlinePlanner
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinePlanner)

public:
    DeadlinePlanner(const LegalTerms &terms, const SchoolCalendar &calendar);
    // What the measure's current status calls for (before and at the decision).
    QList<Action> forMeasure(const Measure &measure, const MeasureType &type) const;
    // An objection received on `receivedOn` against a measure.
    QList<Action> forObjection(const Measure &measure, const QDate &receivedOn) const;
    // What the incident's flags call for, due on `today`.
    QList<Action> forIncident(const Incident &incident, const QDate &today) const;

private:
    Action make(ActionKind kind, const QString &rule, const QString &title, const QDate &due, const QString &source) const;

    LegalTerms m_terms;
    SchoolCalendar m_calendar;
};
