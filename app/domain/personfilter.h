#pragma once

#include "enums.h"

#include <QString>
#include <optional>

// What the person list shows and in which order. The repository turns it into SQL, so a
// board with tens of thousands of persons filters and sorts in the database, a page at a time.
struct PersonFilter
{
    enum class Status { All, Current, Left };
    enum class Sort { Name, Kind, School, Group, ExternalId, BirthDate, LeaveDate };

    std::optional<PersonKind> kind;
    qint64 schoolId = 0;            // 0: every school
    QString group;                  // group, class or function; empty: every one
    Status status = Status::Current;
    QString search;                 // words that begin words of the name or external id
    Sort sort = Sort::Name;
    bool descending = false;
};
