#include "deadlinesummary.h"

#include "../domain/urgency.h"
#include "../storage/actionrepository.h"

DeadlineSummary DeadlineSummary::of(Database &db, const AccessScope &scope, const QDate &today)
{
    DeadlineSummary summary;
    DeadlineFilter filter;
    filter.dueBefore = today.addDays(7 - today.dayOfWeek());
    for (const Action &a : ActionRepository(db).deadlines(scope, filter)) {
        if (Urgency::of(a.dueOn, today) == Urgency::Overdue)
            ++summary.overdue;
        else
            ++summary.thisWeek;
    }
    return summary;
}

QString DeadlineSummary::text() const
{
    if (overdue == 0 && thisWeek == 0)
        return QString();
    QStringList parts;
    if (overdue > 0)
        parts.append(tr("%n term(s) overdue", nullptr, overdue));
    if (thisWeek > 0)
        parts.append(tr("%n due this week", nullptr, thisWeek));
    return tr("Termijnen: %1.").arg(parts.join(tr(" and ")));
}
