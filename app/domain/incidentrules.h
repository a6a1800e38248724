#pragma once

#include "incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The rules a registration and its status changes follow (DESIGN.md §3), in one place for the
// form, the services and the tests. Messages are Dutch and name the field at fault.
namespace IncidentRules {

// A title is what a list shows of a case: the description holds the rest.
constexpr int MaxTitleLength = 150;

// Why the incident cannot be saved as it is, or empty. `field` receives the column at fault
// (school_id, title, occurred_at, reported_at, involvements, no_causer_reason, articles,
// closing_summary, confidential).
QString problem(const Incident &incident, const QDateTime &now, QString *field = nullptr);
// The statuses a case may move to from `from`, in the order a user reads them.
QList<IncidentStatus> nextStatuses(IncidentStatus from);
bool isClosed(IncidentStatus status);
// Why `incident` cannot move to `to` now, or empty; reopening a closed case needs `reason`,
// closing needs a closing summary, leaving gemeld needs an article.
QString transitionProblem(const Incident &incident, IncidentStatus to, const QString &reason);

} // namespace IncidentRules
