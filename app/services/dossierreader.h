#pragma once

#include "../domain/accessscope.h"
#include "../domain/dossierentry.h"
#include "../domain/guardianship.h"
#include "../domain/person.h"

#include <QList>

class Database;

// Opens a person's dossier for reading: the person, their parents or children, and the
// timeline. Every opening is written to the audit log (who looked at whose dossier, when),
// because looking at a child's file must stand up in a dispute as much as changing it.
class DossierReader
{
public:
    struct Relative {
        Guardianship link;
        Person person;      // the parent of a pupil, or the child of a parent
    };
    struct Dossier {
        Person person;
        QString schoolName;
        QList<Relative> relatives;
        QList<DossierEntry> entries;
    };

    DossierReader(Database &db, const AccessScope &reader);
    // Throws StorageError NotFound when the person does not exist, Denied (and logs the attempt)
    // when they are outside the scope; no `view` record then.
    Dossier open(qint64 personId);
    // The same without an audit record: for refreshing a dossier that is already open.
    Dossier reload(qint64 personId) const;
    // Parents of a pupil, children of a parent, as far as the scope sees them.
    QList<Relative> relatives(const Person &person) const;

private:
    Database &m_db;
    AccessScope m_reader;
};
