#pragma once

#include "../domain/accessscope.h"
#include "../domain/organisation.h"
#include "../domain/school.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

class Database;

// The board's own details and its schools (Beheer → Organisatie): administrators only, each
// change checked by its domain rule and written in one transaction. A school is deactivated,
// never deleted.
class OrganisationService
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)

public:
    OrganisationService(Database &db, const AccessScope &actor);
    // `logo`: new letterhead logo bytes (empty array: none), or nullopt to keep the stored one.
    void saveOrganisation(Organisation &organisation, const std::optional<QByteArray> &logo = std::nullopt);
    void addSchool(School &school);
    void saveSchool(School &school);

private:
    // The school as it is stored (postal code written as 1234 AB), or Invalid saying what is wrong.
    static void prepare(School &school);
    Database &m_db;
    AccessScope m_actor;
};
