#pragma once

#include "enums.h"

// A parent or carer of a pupil. Parental authority (gezag) and the mail flag decide who
// receives letters.
struct Guardianship
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 parentId = 0;
    qint64 pupilId = 0;
    GuardianRelation relation = GuardianRelation::Verzorger;
    bool parentalAuthority = true;
    bool receivesMail = true;
};
