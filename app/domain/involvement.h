#pragma once

#include "enums.h"

#include <QString>

struct Involvement
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 incidentId = 0;
    qint64 personId = 0;
    InvolvementRole role = InvolvementRole::Getuige;
    QString notes;
};
