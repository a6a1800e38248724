#include "organisationservice.h"

#include "../storage/attachmentstore.h"
#include "../storage/organisationrepository.h"
#include "../storage/schoolrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "permissions.h"

OrganisationService::OrganisationService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void OrganisationService::saveOrganisation(Organisation &organisation, const std::optional<QByteArray> &logo)
{
    Permissions::require(m_db, m_actor, Permission::ManageOrganisation, QStringLiteral("organisation"));
    if (organisation.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Enter the name of the organisation."));
    Organisation saved = organisation;
    Transaction tx(m_db, m_actor);
    if (logo)
        saved.logoSha256 = logo->isEmpty() ? QByteArray() : AttachmentStore(m_db).storeBytes(tx, *logo);
    OrganisationRepository(m_db).save(tx, saved);
    tx.commit();
    organisation = saved;
}

void OrganisationService::prepare(School &school)
{
    school.postalCode = School::normalisedPostalCode(school.postalCode);
    const QString problem = school.problem();
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
}

void OrganisationService::addSchool(School &school)
{
    Permissions::require(m_db, m_actor, Permission::ManageOrganisation, QStringLiteral("schools"));
    prepare(school);
    School added = school;
    Transaction tx(m_db, m_actor);
    SchoolRepository(m_db).insert(tx, added);
    tx.commit();
    school = added;
}

void OrganisationService::saveSchool(School &school)
{
    Permissions::require(m_db, m_actor, Permission::ManageOrganisation, QStringLiteral("schools"), school.id);
    prepare(school);
    School saved = school;
    Transaction tx(m_db, m_actor);
    SchoolRepository(m_db).update(tx, saved);
    tx.commit();
    school = saved;
}
