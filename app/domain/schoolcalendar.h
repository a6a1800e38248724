#pragma once

#include "publicholidays.h"

#include <QDate>
#include <QList>

// Counting school days and working days for legal terms. A working day is a weekday that is no
// public holiday and no day off of the board; a school day is a working day outside the school's
// holidays (Beheer holds them per school year).
class SchoolCalendar
{
public:
    struct Holiday
    {
        QDate first;                // first and last day, inclusive
        QDate last;
        bool dayOff = false;        // a day off of the board: no working day either
    };

    explicit SchoolCalendar(const QList<Holiday> &holidays = {}, const PublicHolidays &publicHolidays = PublicHolidays());
    bool isHoliday(const QDate &date) const;
    bool isSchoolDay(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;
    const PublicHolidays &publicHolidays() const { return m_public; }
    // School days from `from` to `to`, both included (0 when `to` lies before `from`).
    int schoolDays(const QDate &from, const QDate &to) const;
    // Working days after `from` up to and including `to` (so the next working day counts as 1).
    int workingDaysAfter(const QDate &from, const QDate &to) const;
    // The last day of a period of `count` school days that starts on the first school day on or
    // after `start`.
    QDate lastOfSchoolDays(const QDate &start, int count) const;
    // The first school day after `date`.
    QDate nextSchoolDay(const QDate &date) const;

private:
    QList<Holiday> m_holidays;
    PublicHolidays m_public;
};
