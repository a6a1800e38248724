#include "redactionpeople.h"

#include "../domain/accessscope.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/personrepository.h"

namespace RedactionPeople {

QList<Person> around(Database &db, const QSet<qint64> &ids)
{
    GuardianshipRepository links(db);
    QSet<qint64> all = ids;
    for (const qint64 id : ids) {
        for (const Guardianship &g : links.ofPupil(id))
            all.insert(g.parentId);
        for (const Guardianship &g : links.ofParent(id))
            all.insert(g.pupilId);
    }
    all.remove(0);
    // A name is read to hide it: persons outside the reader's schools count too.
    return PersonRepository(db).byIds(AccessScope::system(), QList<qint64>(all.cbegin(), all.cend()));
}

QSet<qint64> defaultKept(Database &db, qint64 forPersonId)
{
    QSet<qint64> kept{ forPersonId };
    GuardianshipRepository links(db);
    for (const Guardianship &g : links.ofPupil(forPersonId))
        kept.insert(g.parentId);
    for (const Guardianship &g : links.ofParent(forPersonId))
        kept.insert(g.pupilId);
    return kept;
}

RedactionOptions optionsFor(Database &db, qint64 forPersonId)
{
    RedactionOptions options;
    options.forPersonId = forPersonId;
    options.keptPersons = defaultKept(db, forPersonId);
    return options;
}

} // namespace RedactionPeople
