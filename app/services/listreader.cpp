#include "listreader.h"

#include "../storage/actionrepository.h"
#include "../storage/correspondencerepository.h"
#include "../storage/guardianshiprepository.h"
#include "../storage/incidentfinder.h"
#include "../storage/personrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/userrepository.h"

ListReader::ListReader(Database &db, const AccessScope &scope) : m_db(db), m_scope(scope)
{
}

QList<School> ListReader::schools() const
{
    return SchoolRepository(m_db).list(m_scope);
}

QHash<qint64, QString> ListReader::allSchoolNames() const
{
    QHash<qint64, QString> names;
    for (const School &school : SchoolRepository(m_db).list(AccessScope::system()))
        names.insert(school.id, school.name);
    return names;
}

QHash<qint64, QString> ListReader::allUserNames() const
{
    QHash<qint64, QString> names;
    for (const User &user : UserRepository(m_db).list(AccessScope::system()))
        names.insert(user.id, user.displayName);
    return names;
}

QList<User> ListReader::users() const
{
    return UserRepository(m_db).list(m_scope);
}

QList<Incident> ListReader::incidents(const IncidentFilter &filter, int limit, const Incident *after) const
{
    return IncidentFinder(m_db).list(m_scope, filter, limit, after);
}

int ListReader::incidentCount(const IncidentFilter &filter) const
{
    return IncidentFinder(m_db).count(m_scope, filter);
}

QList<Person> ListReader::persons(const PersonFilter &filter, int offset, int limit) const
{
    return PersonRepository(m_db).list(m_scope, filter, offset, limit);
}

QHash<qint64, QString> ListReader::childrenOfParents(const QList<Person> &persons) const
{
    QHash<qint64, QString> result;
    GuardianshipRepository links(m_db);
    PersonRepository people(m_db);
    for (const Person &parent : persons) {
        if (parent.kind != PersonKind::Ouder)
            continue;
        QStringList children;
        for (const Guardianship &link : links.ofParent(parent.id))
            if (const auto child = people.get(m_scope, link.pupilId))
                children.append(child->groupName.isEmpty() ? child->displayName()
                                                           : QStringLiteral("%1, %2").arg(child->displayName(), child->groupName));
        if (!children.isEmpty())
            result.insert(parent.id, children.join(QStringLiteral("; ")));
    }
    return result;
}

int ListReader::personCount(const PersonFilter &filter) const
{
    return PersonRepository(m_db).count(m_scope, filter);
}

QList<ListedCorrespondence> ListReader::correspondence(const CorrespondenceFilter &filter, int limit) const
{
    return CorrespondenceRepository(m_db).listWithNames(m_scope, filter, limit);
}

QList<ListedDeadline> ListReader::deadlines(const DeadlineFilter &filter, int limit) const
{
    return ActionRepository(m_db).deadlinesWithNames(m_scope, filter, limit);
}

DeadlineCounts ListReader::deadlineCounts(const DeadlineFilter &filter, const QDate &today) const
{
    return ActionRepository(m_db).countDeadlines(m_scope, filter, today);
}

QString ListReader::settingValue(const QString &key) const
{
    return SettingsRepository(m_db).value(key);
}

QString ListReader::settingSource(const QString &key) const
{
    return SettingsRepository(m_db).source(key);
}
