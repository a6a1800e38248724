#pragma once

#include "../domain/accessscope.h"
#include "../domain/measuretype.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// The measure ladders' rungs and the school holidays that school-day counting skips
// (Beheer → Ladders en vakanties): administrators only, checked here.
class LadderService
{
    Q_DECLARE_TR_FUNCTIONS(LadderService)

public:
    LadderService(Database &db, const AccessScope &actor);
    // A new rung (id 0) gets a code from its name that no rung of its ladder has yet; the code
    // stays when the name changes later, since the rules recognise rungs by it.
    void saveRung(MeasureType &type);
    // `dayOff`: a day off of the board, which working days skip as well as school days.
    qint64 addHoliday(qint64 schoolId, const QString &name, const QDate &firstDay, const QDate &lastDay,
                      bool dayOff = false);
    void removeHoliday(qint64 holidayId);

private:
    Database &m_db;
    AccessScope m_actor;
};
