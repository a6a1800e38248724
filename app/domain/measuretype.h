#pragma once

#include "enums.h"

#include <QString>

// One rung of a ladder (staff, pupil, parent); rank 1 is the lightest.
struct MeasureType
{
    qint64 id = 0;
    qint64 version = 0;
    Ladder ladder = Ladder::Leerling;
    QString code;
    QString name;
    int rank = 1;
    bool isDisciplinary = true;
    bool hasPeriod = false;     // has a from–to period (suspensions)
    QString caution;
    bool active = true;
};
