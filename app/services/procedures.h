#pragma once

#include "../domain/action.h"
#include "../domain/deadlineplanner.h"
#include "../domain/legalterms.h"
#include "../domain/schoolcalendar.h"

#include <QList>

class Database;
class Transaction;

// What the deadline rules need from the database: the terms from the settings, a school's
// calendar (its holidays, the public holidays as the board counts them), and filing the planned
// actions that were not filed before.
class Procedures
{
public:
    explicit Procedures(Database &db);
    LegalTerms terms() const;
    SchoolCalendar calendar(qint64 schoolId) const;
    // The same with the terms already read (they say which days the board gives off).
    SchoolCalendar calendar(qint64 schoolId, const LegalTerms &terms) const;
    DeadlinePlanner planner(qint64 schoolId) const;
    // Files each planned action whose rule has not been filed for its measure (or, for the
    // incident's flags, for the incident); returns how many were filed.
    int fileMissing(Transaction &tx, const QList<Action> &planned);
    // The days the measure's letters that start a term were done (sent), by rule.
    DeadlinePlanner::Done doneSteps(qint64 measureId) const;
    // A step of the measure was done: the open terms that run from it move with the day it was
    // done (a decision sent later than decided). Returns how many moved.
    int replanTerms(Transaction &tx, qint64 measureId);

private:
    Database &m_db;
};
