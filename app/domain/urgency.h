#pragma once

#include <QDate>

// How pressing a term is: overdue, due this week (up to and including Sunday), or later.
namespace Urgency {

enum Level { Later, ThisWeek, Overdue };

inline Level of(const QDate &due, const QDate &today)
{
    if (due < today)
        return Overdue;
    return due <= today.addDays(7 - today.dayOfWeek()) ? ThisWeek : Later;
}

} // namespace Urgency
