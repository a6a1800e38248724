#pragma once

#include "../domain/accessscope.h"
#include "../domain/correspondencelisting.h"
#include "../domain/deadlinelisting.h"
#include "../domain/incident.h"
#include "../domain/incidentfilter.h"
#include "../domain/person.h"
#include "../domain/personfilter.h"
#include "../domain/school.h"
#include "../domain/user.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// What the item models read: pages of the big lists, as the scope may see them, and the names
// shown beside their rows. The models read through here, so that they need no storage headers
// and a list can never show more than the repositories' access filter allows.
class ListReader
{
public:
    ListReader(Database &db, const AccessScope &scope);

    QList<School> schools() const;
    // Every school's and user's name, for the columns of rows the scope does see.
    QHash<qint64, QString> allSchoolNames() const;
    QHash<qint64, QString> allUserNames() const;
    QList<User> users() const;
    QList<Incident> incidents(const IncidentFilter &filter, int limit, const Incident *after = nullptr) const;
    int incidentCount(const IncidentFilter &filter) const;
    QList<Person> persons(const PersonFilter &filter, int offset, int limit) const;
    int personCount(const PersonFilter &filter) const;
    // For each parent among `persons`, the children the scope may see ("Bram Dekker, 8A"),
    // so that two parents of one name can be told apart in a list.
    QHash<qint64, QString> childrenOfParents(const QList<Person> &persons) const;
    QList<ListedCorrespondence> correspondence(const CorrespondenceFilter &filter, int limit) const;
    QList<ListedDeadline> deadlines(const DeadlineFilter &filter, int limit) const;
    DeadlineCounts deadlineCounts(const DeadlineFilter &filter, const QDate &today) const;
    // A setting as stored, and where its value comes from (the law, the board).
    QString settingValue(const QString &key) const;
    QString settingSource(const QString &key) const;

private:
    Database &m_db;
    AccessScope m_scope;
};
