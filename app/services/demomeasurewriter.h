#pragma once

#include "../domain/deadlineplanner.h"
#include "../domain/incident.h"
#include "../domain/legalterms.h"
#include "../domain/measure.h"
#include "../domain/measuretype.h"
#include "../domain/schoolcalendar.h"
#include "demodatagenerator.h"
#include "demopeople.h"
#include "demorandom.h"

#include <QDate>
#include <QHash>
#include <QList>

class Database;
class Transaction;

// The measures and actions of the demo cases as the program itself would have them: dates that
// keep the steps before a decision (hearings, the intended decision and its response term), the
// actions the DeadlinePlanner files with their rules and sources, closed the way a school would
// have closed them by now, objections within their term, and the incident flags' actions.
class DemoMeasureWriter
{
public:
    DemoMeasureWriter(Database &db, DemoRandom &random, const DemoPeople &people, const QDate &today);
    // A measure of `type` for `personId` in the incident; 0 when the rules leave no room for it
    // (a suspension that would join an earlier one of the same pupil).
    qint64 write(Transaction &tx, const Incident &incident, qint64 personId, const MeasureType &type,
                 DemoDataGenerator::Summary &summary);
    // What the incident's flags call for (a police report, encouraging victims to report).
    void writeIncidentActions(Transaction &tx, const Incident &incident, DemoDataGenerator::Summary &summary);

private:
    const SchoolCalendar &calendar(qint64 schoolId);
    // Files the planned actions: the steps in `done` as done on their day, terms that passed as
    // passed, other steps done a few days after they fell due when that lies two weeks back.
    void file(Transaction &tx, const QList<Action> &planned, const DeadlinePlanner::Done &done, bool closed,
              DemoDataGenerator::Summary &summary);
    QDate past(const QDate &date) const { return std::min(date, m_today); }

    Database &m_db;
    DemoRandom &m_random;
    const DemoPeople &m_people;
    QDate m_today;
    LegalTerms m_terms;
    QHash<qint64, SchoolCalendar> m_calendars;
    QHash<qint64, QList<Measure>> m_suspensions;    // pupil → their suspensions so far
};
