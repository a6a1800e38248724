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
    QList<Incident> list(const AccessScope &scope, const IncidentFilter &filter, int offset, int limit) const;
    int count(const AccessScope &scope, const IncidentFilter &filter) const;

private:
    struct Where {
        QString sql;
        QVariantList values;
    };
    Where whereOf(const AccessScope &scope, const IncidentFilter &filter) const;

    Database &m_db;
};
