#include "escalation.h"

#include "labels.h"

#include <algorithm>

Escalation::Advice Escalation::advise(const QList<MeasureType> &ladder, const QList<Earlier> &earlier, Severity severity,
                                      const QDate &today, int lookbackMonths)
{
    Advice advice;
    if (ladder.isEmpty())
        return advice;
    const QDate since = today.addMonths(-lookbackMonths);
    for (const Earlier &e : earlier)
        if (e.decidedOn.isValid() && e.decidedOn >= since && e.decidedOn <= today)
            advice.previousRank = std::max(advice.previousRank, e.rank);
    const int top = ladder.last().rank;
    const int floor = severity == Severity::ZeerErnstig ? 3 : severity == Severity::Ernstig ? 2 : 1;
    const int wanted = std::min(top, std::max(advice.previousRank + 1, floor));
    // The lightest rung at or above the wanted rank (ranks may have gaps after edits).
    advice.type = ladder.last();
    for (const MeasureType &type : ladder)
        if (type.rank >= wanted) {
            advice.type = type;
            break;
        }
    if (advice.previousRank == 0)
        advice.reason = tr("No earlier measure in the last %n month(s); the severity (%1) sets the step.", nullptr,
                           lookbackMonths).arg(Labels::severity(severity).toLower());
    else
        advice.reason = tr("An earlier measure of step %1 in the last %n month(s): the next step is advised.", nullptr,
                           lookbackMonths).arg(advice.previousRank);
    return advice;
}

bool Escalation::needsMotivation(const Advice &advice, const MeasureType &chosen)
{
    return advice.type.id != 0 && chosen.rank > advice.type.rank;
}
