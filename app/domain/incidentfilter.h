#pragma once

#include "enums.h"

#include <QDate>
#include <QString>
#include <optional>
#include <tuple>

// What the incident list shows and in which order; the repository turns it into SQL, so the
// list stays quick with hundreds of thousands of incidents.
struct IncidentFilter
{
    enum class Sort { Reference, ReportedAt, OccurredAt, School, Title, Platform, Severity, Status };

    std::optional<IncidentStatus> status;
    bool openOnly = false;          // everything not afgesloten or geen actie
    qint64 schoolId = 0;
    QDate from;                     // reported on or after
    QDate to;                       // reported on or before
    std::optional<Platform> platform;
    QString articleCode;            // e.g. "B2", in whichever protocol version
    qint64 personId = 0;            // involved in any role
    std::optional<Severity> severity;
    QString search;                 // every word in the incident, its notes or its people's names
    Sort sort = Sort::ReportedAt;
    bool descending = true;

    auto fields() const
    {
        return std::tie(status, openOnly, schoolId, from, to, platform, articleCode, personId, severity, search, sort,
                        descending);
    }
    // The same rows in the same order: a list need not be read again.
    bool operator==(const IncidentFilter &other) const { return fields() == other.fields(); }
    bool operator!=(const IncidentFilter &other) const { return !(*this == other); }
};
