#pragma once

#include "enums.h"
#include "measuretype.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Escalation advice (DESIGN.md §4): the next rung above the person's heaviest measure within the
// look-back window, at least the rung the incident's severity calls for, never above the top.
// Choosing above the advice needs a motivation, which is kept with the measure.
class Escalation
{
    Q_DECLARE_TR_FUNCTIONS(Escalation)

public:
    struct Earlier {
        int rank = 0;
        QDate decidedOn;
    };
    struct Advice {
        MeasureType type;           // the advised rung (id 0 when the ladder is empty)
        int previousRank = 0;       // heaviest earlier measure within the window, 0 for none
        QString reason;             // in Dutch, for the form
    };

    // `ladder` lightest first; `earlier` are imposed measures of the person (withdrawn ones and
    // those overturned on objection left out by the caller).
    static Advice advise(const QList<MeasureType> &ladder, const QList<Earlier> &earlier, Severity severity,
                         const QDate &today, int lookbackMonths);
    static bool needsMotivation(const Advice &advice, const MeasureType &chosen);
};
