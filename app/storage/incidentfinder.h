#pragma once

#include "../domain/incident.h"
#include "../domain/incidentfilter.h"

#include <QList>
#include <QVariantList>

class AccessScope;
class Database;

// The incident list: filtered, searched and sorted in SQL, a page at a time, as far as the
// scope may see. Rows carry the incident's own columns (no harms, articles or people).
class IncidentFinder
{
public:
    explicit IncidentFinder(Database &db);
    // `limit` rows from the top of the list, or those following `after` (the last row of the
    // previous page).
    QList<Incident> list(const AccessScope &scope, const IncidentFilter &filter, int limit, const Incident *after = nullptr) const;
    int count(const AccessScope &scope, const IncidentFilter &filter) const;

private:
    struct Where {
        QString sql;
        QVariantList values;
    };
    // `forPage`: for a page in the list's order rather than a count (see the search condition).
    Where whereOf(const AccessScope &scope, const IncidentFilter &filter, bool forPage = false) const;

    Database &m_db;
};
