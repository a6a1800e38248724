#pragma once

#include "action.h"
#include "enums.h"

#include <QString>

// The words people see for the domain's codes, translated (the codes themselves stay Dutch
// in storage and exports).
namespace Labels {

QString role(UserRole role);
QString personKind(PersonKind kind);
QString gender(Gender gender);
QString relation(GuardianRelation relation);
QString involvementRole(InvolvementRole role);
QString incidentStatus(IncidentStatus status);
QString platform(Platform platform);
QString context(IncidentContext context);
QString harm(Harm harm);
QString severity(Severity severity);
QString measureStatus(MeasureStatus status);
QString actionKind(ActionKind kind);
QString actionStatus(ActionStatus status);
QString direction(Direction direction);
QString channel(Channel channel);
// An action's due date as lists show it: "28-12-2026", or "28-12-2026 (verlengd)" when the
// Algemene termijnenwet moved it.
QString dueText(const Action &action);
// How a term was counted: from which day it runs and, when moved, from where to where and by
// which law; empty for an action that is no such term.
QString termNote(const Action &action);

// The label of a stored code, or the code itself when it is unknown (never an empty cell).
template <typename E> QString ofCode(const QString &code, QString (*label)(E))
{
    const auto value = fromCode<E>(code);
    return value ? label(*value) : code;
}

} // namespace Labels
