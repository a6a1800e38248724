#include "deadlinesummary.h"

#include "../storage/actionrepository.h"

DeadlineSummary DeadlineSummary::of(Database &db, const AccessScope &scope, const QDate &today)
{
    DeadlineSummary summary;
    // Counted in the database: a long list of open terms is not read to be counted.
    const ActionRepository::DeadlineCounts counts = ActionRepository(db).countDeadlines(scope, DeadlineFilter(), today);
    summary.overdue = counts.overdue;
    summary.thisWeek = counts.thisWeek;
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
