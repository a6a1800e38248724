#pragma once

#include "action.h"

#include <QDate>
#include <QString>
#include <optional>

// What the Termijnen list shows: open actions with a due date.
struct DeadlineFilter
{
    qint64 schoolId = 0;
    qint64 personId = 0;
    std::optional<ActionKind> kind;
    qint64 responsibleUserId = 0;
    QDate dueBefore;            // only what is due on or before this day
};

// A term of the list with what the list shows beside it, read in the same query.
struct ListedDeadline
{
    Action action;
    QString incidentReference;
    QString personName;         // Person::sortName()
    qint64 schoolId = 0;        // the incident's school, else the person's
};

// How many terms match and how pressing they are (Urgency's levels).
struct DeadlineCounts
{
    int total = 0;
    int overdue = 0;
    int thisWeek = 0;
};
