#pragma once

#include "../domain/accessscope.h"
#include "../domain/incidentfacts.h"

#include <QDate>
#include <QList>

class Database;

// The facts of the incidents reported in a period (local days, both included), as far as the
// reader may see them: the raw material of the Rapportages, without names.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(Database &db);
    // schoolId 0: all schools the reader sees.
    QList<IncidentFacts> facts(const AccessScope &scope, const QDate &from, const QDate &to, qint64 schoolId = 0) const;

private:
    Database &m_db;
};
