#pragma once

#include <QStringList>

// What a check of a whole database found.
struct IntegrityReport
{
    QStringList problems;   // anything here means the database is not sound
    QStringList notes;      // what was checked, and states that are known and harmless
    bool sound() const { return problems.isEmpty(); }
};
