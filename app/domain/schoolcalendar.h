#pragma once

#include <QDate>
#include <QList>
#include <QPair>

// Counting school days and working days for legal terms. A school day is a weekday outside the
// school's holidays (Beheer holds them per school year); a working day is a weekday.
class SchoolCalendar
{
public:
    using Holiday = QPair<QDate, QDate>;    // first and last day, inclusive

    explicit SchoolCalendar(const QList<Holiday> &holidays = {});
    bool isHoliday(const QDate &date) const;
    bool isSchoolDay(const QDate &date) const;
    static bool isWorkingDay(const QDate &date);
    // School days from `from` to `to`, both included (0 when `to` lies before `from`).
    int schoolDays(const QDate &from, const QDate &to) const;
    // Working days after `from` up to and including `to` (so the next weekday counts as 1).
    static int workingDaysAfter(const QDate &from, const QDate &to);
    // The last day of a period of `count` school days that starts on the first school day on or
    // after `start`.
    QDate lastOfSchoolDays(const QDate &start, int count) const;

private:
    QList<Holiday> m_holidays;
};
