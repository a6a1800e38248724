#include "personservice.h"

#include "../storage/guardianshiprepository.h"
#include "../storage/personrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "permissions.h"

PersonService::PersonService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void PersonService::requireManage(const Person &person) const
{
    Permissions::require(m_db, m_actor, Permission::ManagePersons, QStringLiteral("persons"), person.id);
    if (person.id != 0)
        PersonRepository(m_db).require(m_actor, person.id);       // a person the user sees
    Permissions::requireSchool(m_db, m_actor, person.schoolId, QStringLiteral("persons"), person.id);
}

void PersonService::save(Person &person, Links &links, const QDate &today)
{
    requireManage(person);
    QString field;
    const QString problem = person.problem(today, &field);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    Person saved = person;
    QList<Guardianship> added = links.added;
    PersonRepository persons(m_db);
    GuardianshipRepository guardianships(m_db);
    Transaction tx(m_db, m_actor);
    if (saved.id == 0)
        persons.insert(tx, saved);
    else
        persons.update(tx, saved);
    for (const qint64 id : std::as_const(links.removed))
        guardianships.remove(tx, id);
    for (Guardianship link : std::as_const(links.changed))
        guardianships.update(tx, link);
    for (Guardianship &link : added) {
        if (saved.kind == PersonKind::Ouder)
            link.parentId = saved.id;
        else
            link.pupilId = saved.id;
        guardianships.insert(tx, link);
    }
    tx.commit();
    person = saved;
    links.added = added;
}

void PersonService::markLeft(Person &person, const QDate &leftOn)
{
    requireManage(person);
    if (!leftOn.isValid())
        throw StorageError(StorageError::Kind::Invalid, tr("Enter the day the person left."));
    if (person.startDate.isValid() && leftOn < person.startDate)
        throw StorageError(StorageError::Kind::Invalid, tr("The leave date lies before the start date (%1).")
                                                            .arg(person.startDate.toString(QStringLiteral("dd-MM-yyyy"))));
    Person left = person;
    left.leaveDate = leftOn;
    Transaction tx(m_db, m_actor);
    PersonRepository(m_db).update(tx, left);
    tx.commit();
    person = left;
}

void PersonService::remove(const Person &person)
{
    Permissions::require(m_db, m_actor, Permission::DeletePersons, QStringLiteral("persons"), person.id);
    PersonRepository persons(m_db);
    const int filed = persons.filedCount(person.id);
    if (filed > 0)
        throw StorageError(StorageError::Kind::Refused,
                           tr("%1 cannot be deleted: %n record(s) are filed on them. Mark them as left instead; the "
                              "dossier is removed when its retention term has passed.", nullptr, filed)
                               .arg(person.displayName()));
    Transaction tx(m_db, m_actor);
    persons.remove(tx, person.id);
    tx.commit();
}
