#include "publicholidays.h"

#include <algorithm>

PublicHolidays::PublicHolidays() : m_options(Options())
{
}

PublicHolidays::PublicHolidays(const Options &options) : m_options(options)
{
}

QDate PublicHolidays::easterSunday(int year)
{
    // The anonymous Gregorian computus (Meeus, Jones, Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> PublicHolidays::all(int year, const Options &options, bool statutory)
{
    const QDate easter = easterSunday(year);
    QList<PublicHoliday> days;
    days.append({ QDate(year, 1, 1), tr("New Year's Day") });
    if (statutory || options.goodFriday)
        days.append({ easter.addDays(-2), tr("Good Friday") });
    days.append({ easter, tr("Easter Sunday") });
    days.append({ easter.addDays(1), tr("Easter Monday") });
    // King's Day is 27 April (30 April, the Queen's birthday, before 2014); on a Sunday it moves
    // to the Saturday before.
    QDate kings = year >= 2014 ? QDate(year, 4, 27) : QDate(year, 4, 30);
    if (kings.dayOfWeek() == Qt::Sunday)
        kings = kings.addDays(-1);
    days.append({ kings, year >= 2014 ? tr("King's Day") : tr("Queen's Day") });
    const bool liberation = statutory || options.liberationDay == LiberationDay::EveryYear
                            || (options.liberationDay == LiberationDay::LustrumYears && year % 5 == 0);
    if (liberation)
        days.append({ QDate(year, 5, 5), tr("Liberation Day") });
    days.append({ easter.addDays(39), tr("Ascension Day") });
    days.append({ easter.addDays(49), tr("Whit Sunday") });
    days.append({ easter.addDays(50), tr("Whit Monday") });
    days.append({ QDate(year, 12, 25), tr("Christmas Day") });
    days.append({ QDate(year, 12, 26), tr("Boxing Day") });
    std::stable_sort(days.begin(), days.end(), [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; });
    return days;
}

QList<PublicHoliday> PublicHolidays::ofYear(int year) const
{
    return all(year, m_options, false);
}

const QHash<QDate, QString> &PublicHolidays::year(int year) const
{
    auto found = m_years.find(year);
    if (found == m_years.end()) {
        QHash<QDate, QString> days;
        for (const PublicHoliday &h : all(year, m_options, false))
            days.insert(h.date, h.name);
        found = m_years.insert(year, days);
    }
    return *found;
}

bool PublicHolidays::isHoliday(const QDate &date) const
{
    return date.isValid() && year(date.year()).contains(date);
}

QString PublicHolidays::nameOf(const QDate &date) const
{
    return date.isValid() ? year(date.year()).value(date) : QString();
}

bool PublicHolidays::isStatutoryRestDay(const QDate &date)
{
    if (!date.isValid())
        return false;
    if (date.dayOfWeek() >= Qt::Saturday)
        return true;
    for (const PublicHoliday &h : all(date.year(), Options(), true))
        if (h.date == date)
            return true;
    return false;
}

QDate PublicHolidays::extendStatutory(const QDate &end)
{
    QDate day = end;
    // Rest days never run longer than a few in a row; the bound only guards against bad data.
    for (int guard = 0; guard < 14 && isStatutoryRestDay(day); ++guard)
        day = day.addDays(1);
    return day;
}
