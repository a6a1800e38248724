#pragma once

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

// The label of a stored code, or the code itself when it is unknown (never an empty cell).
template <typename E> QString ofCode(const QString &code, QString (*label)(E))
{
    const auto value = fromCode<E>(code);
    return value ? label(*value) : code;
}

} // namespace Labels
