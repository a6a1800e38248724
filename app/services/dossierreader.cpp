#include "dossierreader.h"

#include "../storage/dossierrepository.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/personrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/transaction.h"

DossierReader::DossierReader(Database &db, const AccessScope &reader) : m_db(db), m_reader(reader)
{
}

DossierReader::Dossier DossierReader::open(qint64 personId)
{
    Dossier dossier = reload(personId);
    Transaction tx(m_db, m_reader);
    tx.logEvent(QStringLiteral("view"), QStringLiteral("persons"), personId, QStringLiteral("dossier"));
    tx.commit();
    return dossier;
}

DossierReader::Dossier DossierReader::reload(qint64 personId) const
{
    const Person person = PersonRepository(m_db).require(m_reader, personId);
    Dossier dossier;
    dossier.person = person;
    if (person.schoolId > 0)
        if (const auto school = SchoolRepository(m_db).get(m_reader, person.schoolId))
            dossier.schoolName = school->name;
    dossier.relatives = relatives(person);
    dossier.entries = DossierRepository(m_db).entries(m_reader, personId);
    return dossier;
}

QList<DossierReader::Relative> DossierReader::relatives(const Person &person) const
{
    GuardianshipRepository links(m_db);
    const QList<Guardianship> found = person.kind == PersonKind::Ouder ? links.ofParent(person.id)
                                                                       : links.ofPupil(person.id);
    PersonRepository persons(m_db);
    QList<Relative> result;
    for (const Guardianship &link : found) {
        const qint64 other = person.kind == PersonKind::Ouder ? link.pupilId : link.parentId;
        if (const auto relative = persons.get(m_reader, other))
            result.append({ link, *relative });
    }
    return result;
}
