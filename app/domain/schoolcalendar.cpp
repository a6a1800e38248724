#include "schoolcalendar.h"

SchoolCalendar::SchoolCalendar(const QList<Holiday> &holidays, const PublicHolidays &publicHolidays)
    : m_holidays(holidays), m_public(publicHolidays)
{
}

bool SchoolCalendar::isHoliday(const QDate &date) const
{
    for (const Holiday &holiday : m_holidays)
        if (date >= holiday.first && date <= holiday.last)
            return true;
    return false;
}

bool SchoolCalendar::isWorkingDay(const QDate &date) const
{
    if (!date.isValid() || date.dayOfWeek() > Qt::Friday || m_public.isHoliday(date))
        return false;
    for (const Holiday &holiday : m_holidays)
        if (holiday.dayOff && date >= holiday.first && date <= holiday.last)
            return false;
    return true;
}

bool SchoolCalendar::isSchoolDay(const QDate &date) const
{
    return isWorkingDay(date) && !isHoliday(date);
}

int SchoolCalendar::schoolDays(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int count = 0;
    for (QDate day = from; day <= to; day = day.addDays(1))
        if (isSchoolDay(day))
            ++count;
    return count;
}

int SchoolCalendar::workingDaysAfter(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (isWorkingDay(day))
            ++count;
    return count;
}

QDate SchoolCalendar::lastOfSchoolDays(const QDate &start, int count) const
{
    if (!start.isValid() || count <= 0)
        return QDate();
    QDate day = start;
    int counted = 0;
    // A year without school days does not exist; the bound only guards against bad data.
    for (int guard = 0; guard < 800; ++guard, day = day.addDays(1)) {
        if (isSchoolDay(day) && ++counted == count)
            return day;
    }
    return QDate();
}

QDate SchoolCalendar::nextSchoolDay(const QDate &date) const
{
    return date.isValid() ? lastOfSchoolDays(date.addDays(1), 1) : QDate();
}
