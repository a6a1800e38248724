#pragma once

#include "../domain/accessscope.h"
#include "../domain/guardianship.h"
#include "../domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// Adding and changing persons and their guardianships, marking them as left, deleting one
// with nothing filed. Who may: DESIGN.md §6 (directors for their own schools; deleting is for
// administrators); what is valid: Person::problem, checked here on every save.
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)

public:
    // The guardianship links of the person as the form left them.
    struct Links {
        QList<qint64> removed;          // ids of links to remove
        QList<Guardianship> changed;    // existing links with new flags
        // New links to other persons: the other side's id is set in parentId (for a pupil) or
        // pupilId (for a parent); the person's own side is filled in when it is saved.
        QList<Guardianship> added;
    };

    PersonService(Database &db, const AccessScope &actor);
    // Saves the person (new when id is 0) and the link changes in one transaction.
    void save(Person &person, Links &links, const QDate &today = QDate::currentDate());
    void markLeft(Person &person, const QDate &leftOn);
    // Refused when anything is filed on the person: mark them as left instead.
    void remove(const Person &person);

private:
    void requireManage(const Person &person) const;

    Database &m_db;
    AccessScope m_actor;
};
