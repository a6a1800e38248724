#pragma once

#include "../domain/person.h"
#include "../domain/redactor.h"

#include <QList>
#include <QSet>

class Database;

// Who a redacted summary has to know about, and who it names by default.
namespace RedactionPeople {

// The persons with these ids plus their parents and children: a note about a pupil often names
// the mother, a mail from a parent the child.
QList<Person> around(Database &db, const QSet<qint64> &ids);
// A summary made for someone names that person and, for a pupil, their parents and carers;
// for a parent, their children. Everybody else becomes a role label.
QSet<qint64> defaultKept(Database &db, qint64 forPersonId);
// Options for a copy made for that person, with the default kept persons.
RedactionOptions optionsFor(Database &db, qint64 forPersonId);

} // namespace RedactionPeople
