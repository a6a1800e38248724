#pragma once

#include "../domain/deadlinelisting.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <optional>

class AccessScope;
class Database;
class Transaction;

class ActionRepository
{
public:
    explicit ActionRepository(Database &db);
    void insert(Transaction &tx, Action &action);
    void update(Transaction &tx, Action &action);
    std::optional<Action> get(const AccessScope &scope, qint64 id) const;
    // The incident's actions, its measures' included; due ones first.
    QList<Action> ofIncident(const AccessScope &scope, qint64 incidentId) const;
    // Rule keys of generated actions already filed for a measure (or, with measure 0, for the
    // incident's own flags), so a step is generated once.
    QStringList rulesFiled(qint64 incidentId, qint64 measureId) const;
    // Rules of the actions filed on a person outside any incident (access requests).
    QStringList rulesFiledForPerson(qint64 personId) const;
    QList<Action> openOfMeasure(qint64 measureId) const;
    // All of a measure's actions, open or not, in the order they were filed.
    QList<Action> ofMeasure(qint64 measureId) const;
    // Open actions with a due date, soonest first, as far as the scope may see.
    QList<Action> deadlines(const AccessScope &scope, const DeadlineFilter &filter) const;
    // The same, with what the deadline list shows beside each, read in the same query (not
    // per row); names the scope may not see stay empty.
    using Listed = ListedDeadline;
    // The soonest `limit` of them (0: all).
    QList<Listed> deadlinesWithNames(const AccessScope &scope, const DeadlineFilter &filter, int limit = 0) const;
    // How many there are, and how pressing (Urgency's levels), without reading them: the list
    // shows only the soonest, the counts cover all.
    using DeadlineCounts = ::DeadlineCounts;
    DeadlineCounts countDeadlines(const AccessScope &scope, const DeadlineFilter &filter, const QDate &today) const;

private:
    QList<Action> measureActions(qint64 measureId, bool openOnly) const;
    // FROM and WHERE of the deadline queries, appending the values to bind; `joined` when the
    // query reads the incident's or the person's columns.
    static QString deadlineWhere(const AccessScope &scope, const DeadlineFilter &filter, QVariantList &values, bool joined);
    Database &m_db;
};
