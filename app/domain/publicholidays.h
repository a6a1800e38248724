#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// A public holiday on its date, with its Dutch name.
struct PublicHoliday
{
    QDate date;
    QString name;
};

// The Dutch public holidays, computed per year (Easter by the Gregorian rule), for counting
// working days and school days; Good Friday and Liberation Day are the board's choice, as in
// the CAO. The Algemene termijnenwet has a list of its own (art. 3, Good Friday and 5 May every
// year), which decides when a statutory term that ends on a rest day is extended (art. 1).
class PublicHolidays
{
    Q_DECLARE_TR_FUNCTIONS(PublicHolidays)

public:
    enum class LiberationDay { Never = 0, LustrumYears = 1, EveryYear = 2 };
    struct Options
    {
        bool goodFriday = false;
        LiberationDay liberationDay = LiberationDay::LustrumYears;
    };

    PublicHolidays();
    explicit PublicHolidays(const Options &options);
    static QDate easterSunday(int year);
    // The days off in `year` in date order (Easter Sunday and Whit Sunday included by name).
    QList<PublicHoliday> ofYear(int year) const;
    bool isHoliday(const QDate &date) const;
    QString nameOf(const QDate &date) const;

    // A Saturday, a Sunday or a day of Algemene termijnenwet art. 3 (lid 1 and Good Friday).
    static bool isStatutoryRestDay(const QDate &date);
    // The end of a statutory term that would end on `end`: the next day that is no rest day
    // (Algemene termijnenwet art. 1); `end` itself when it is one.
    static QDate extendStatutory(const QDate &end);

private:
    static QList<PublicHoliday> all(int year, const Options &options, bool statutory);
    const QHash<QDate, QString> &year(int year) const;

    Options m_options;
    mutable QHash<int, QHash<QDate, QString>> m_years;
};
