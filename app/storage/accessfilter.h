#pragma once

#include <QString>

class AccessScope;

// SQL conditions that limit a read to what the scope may see (DESIGN.md §6). The ids come from
// the scope, never from user input, so they are written into the SQL as numbers. Every list,
// search, count and read by id goes through these, so the rules live in one place.
namespace AccessFilter {

// Board-wide roles and the system see every row: a query may then leave out the joins it
// needs only to apply the conditions below.
bool seesEverything(const AccessScope &scope);

// `column IN (the scope's schools)`, or a condition that is always true for board-wide roles.
QString schools(const AccessScope &scope, const QString &column);
// Persons the scope may see; `alias` names the persons table in the query. Board-wide roles see
// everybody; directors and reporters the persons of their schools, and persons without a school
// (parents, others) who are a parent of such a pupil, involved in an incident they may see, or
// not yet linked to anything (just registered).
QString persons(const AccessScope &scope, const QString &alias);
// What is filed on a person outside any incident (documents, letters without an incident,
// access-request actions): not for reporters, who see only the cases they registered.
QString personRecords(const AccessScope &scope, const QString &alias);
// Incidents the scope may see: board-wide roles all; a director those of their schools except
// confidential ones they neither handle nor registered; a reporter what they registered.
QString incidents(const AccessScope &scope, const QString &alias);
// Correspondence, given the aliases of the item, its dossier's person and its (left-joined)
// incident: with an incident it follows the incident and the person; without one it is a
// person record.
QString correspondence(const AccessScope &scope, const QString &personAlias, const QString &incidentAlias);

} // namespace AccessFilter
