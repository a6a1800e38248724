#pragma once

#include <QString>

class AccessScope;

// SQL conditions that limit a read to what the scope may see. The ids come from the scope,
// never from user input, so they are written into the SQL as numbers.
namespace AccessFilter {

// `column IN (the scope's schools)`, or a condition that is always true for board-wide roles.
QString schools(const AccessScope &scope, const QString &column);

} // namespace AccessFilter
