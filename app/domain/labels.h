#pragma once

#include "enums.h"

#include <QString>

// The words people see for the domain's codes, translated (the codes themselves stay Dutch
// in storage and exports).
namespace Labels {

QString role(UserRole role);
QString personKind(PersonKind kind);

} // namespace Labels
