#pragma once

#include <QString>

class AccessScope;

// SQL conditions that limit a read to what the scope may see. The ids come from the scope,
// never from user input, so they are written into the SQL as numbers.
namespace AccessFilter {

// `column IN (the scope's schools)`, or a condition that is always true for board-wide roles.
QString schools(const AccessScope &scope, const QString &column);
// Persons the scope may see; `alias` names the persons table in the query ("p", or "persons").
QString persons(const AccessScope &scope, const QString &alias);
// Incidents the scope may see: board-wide roles all; a director those of their schools except
// confidential ones they do not handle; a reporter what they registered.
QString incidents(const AccessScope &scope, const QString &alias);

} // namespace AccessFilter
