#pragma once

#include "action.h"
#include "legalterms.h"
#include "measure.h"
#include "measuretype.h"
#include "schoolcalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The checks of DESIGN.md §4 on one measure: what makes it impossible (a problem, Dutch, with
// its legal source), what needs the user's word (a long suspension, steps skipped), and what
// the user must be warned about but may decide (warnings).
class MeasureRules
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRules)

public:
    static QString problem(const Measure &measure, const MeasureType &type, const LegalTerms &terms,
                           const SchoolCalendar &calendar, QString *field = nullptr);
    // A pupil's suspensions that follow each other without a school day between them (or overlap)
    // count as one toward the maximum: the problem when `others` (the pupil's other suspensions
    // that stand) and this one together pass it.
    static QString chainProblem(const Measure &measure, const MeasureType &type, const LegalTerms &terms,
                                const SchoolCalendar &calendar, const QList<Measure> &others);
    static bool isPupilSuspension(const MeasureType &type);
    // Calendar days from the first to the last day, both included (0 without a period).
    static int calendarDays(const Measure &measure);
    // A pupil suspension that spans more calendar days than the setting (a week) must be
    // confirmed: it runs over a holiday or weekends.
    static bool needsPeriodConfirmation(const Measure &measure, const MeasureType &type, const LegalTerms &terms);
    // "5 school days, 21 calendar days" for the form; empty without a period.
    static QString periodSummary(const Measure &measure, const MeasureType &type, const SchoolCalendar &calendar);
    // The required steps that are not done on the day the measure is decided, as Dutch phrases
    // with their source: hearings (removal, order suspension), the intended decision and the
    // response term (disciplinary staff measures). `filed` are the actions filed for the measure.
    static QStringList openSteps(const Measure &measure, const MeasureType &type, const QList<Action> &filed);
    // The rules of the actions that are such steps, and of those a hearing recorded with the
    // measure itself completes (the person's own hearing).
    static const QStringList &stepRules();
    static const QStringList &ownHearingRules();
    static QStringList warnings(const Measure &measure, const MeasureType &type, const LegalTerms &terms,
                                const SchoolCalendar &calendar);
    // Status changes a measure allows: voornemen → opgelegd or ingetrokken; opgelegd → bezwaar or
    // ingetrokken; bezwaar → bezwaar gegrond or bezwaar ongegrond.
    static QList<MeasureStatus> nextStatuses(MeasureStatus from);
    // Whether the measure counts in a person's history (imposed and not overturned).
    static bool counts(MeasureStatus status);
};
