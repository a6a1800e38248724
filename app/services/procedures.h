#pragma once

#include "../domain/action.h"
#include "../domain/legalterms.h"
#include "../domain/schoolcalendar.h"

#include <QList>

class Database;
class Transaction;

// What the deadline rules need from the database: the terms from the settings, a school's
// calendar, and filing the planned actions that were not filed before.
class Procedures
{
public:
    explicit Procedures(Database &db);
    LegalTerms terms() const;
    SchoolCalendar calendar(qint64 schoolId) const;
    // Files each planned action whose rule has not been filed for its measure (or, for the
    // incident's flags, for the incident); returns how many were filed.
    int fileMissing(Transaction &tx, const QList<Action> &planned);

private:
    Database &m_db;
};
