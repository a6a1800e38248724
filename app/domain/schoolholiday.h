#pragma once

#include <QDate>
#include <QString>

// A school holiday (one school, or all schools when schoolId is 0); school days skip them, and
// working days skip the board's days off among them.
struct SchoolHoliday
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 schoolId = 0;
    QString name;
    QDate firstDay;
    QDate lastDay;
    bool dayOff = false;    // a day off of the board: no working day either (terms in working days)
};
