#pragma once

#include "../domain/dossierentry.h"

#include <QList>

class AccessScope;
class Database;

// Everything filed on one person, gathered from involvements, measures, actions,
// correspondence, incident notes and documents, as far as the scope may see the incidents
// they belong to. Newest first.
class DossierRepository
{
public:
    explicit DossierRepository(Database &db);
    QList<DossierEntry> entries(const AccessScope &scope, qint64 personId) const;

private:
    void involvements(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const;
    void measures(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const;
    void actions(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const;
    void correspondence(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const;
    void notes(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const;
    void documents(const AccessScope &scope, qint64 personId, QList<DossierEntry> &into) const;

    Database &m_db;
};
