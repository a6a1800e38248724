#pragma once

#include "legalterms.h"
#include "measure.h"
#include "measuretype.h"
#include "schoolcalendar.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The checks of DESIGN.md §4 on one measure: what makes it impossible (a problem, Dutch, with
// its legal source) and what the user must be warned about but may decide (warnings).
class MeasureRules
{
    Q_DECLARE_TR_FUNCTIONS(MeasureRules)

public:
    static QString problem(const Measure &measure, const MeasureType &type, const LegalTerms &terms,
                           const SchoolCalendar &calendar, QString *field = nullptr);
    static QStringList warnings(const Measure &measure, const MeasureType &type, const LegalTerms &terms);
    // Status changes a measure allows: voornemen → opgelegd or ingetrokken; opgelegd → bezwaar or
    // ingetrokken; bezwaar → bezwaar gegrond or bezwaar ongegrond.
    static QList<MeasureStatus> nextStatuses(MeasureStatus from);
    // Whether the measure counts in a person's history (imposed and not overturned).
    static bool counts(MeasureStatus status);
};
