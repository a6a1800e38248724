#pragma once

#include "../domain/accessscope.h"
#include "../domain/deadlinelisting.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Database;

// Termijnen: the open actions with a due date, soonest first, up to Limit of them (the counts
// cover all); overdue ones in red and those due this week highlighted. Refreshes itself when
// actions, measures or incidents change.
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Kind, Title, Incident, Person, School, Responsible, ColumnCount };
    enum Role { UrgencyRole = Qt::UserRole, SortRole };     // UrgencyRole: an Urgency::Level

    static constexpr int Limit = 1000;

    DeadlineListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const DeadlineFilter &filter);
    DeadlineFilter filter() const { return m_filter; }
    Action action(int row) const { return m_actions.at(row); }
    void reload();
    // More terms match than the list holds.
    bool isCut() const { return m_counts.total > m_actions.size(); }
    // All matching terms, not only those held.
    DeadlineCounts counts() const { return m_counts; }

private:
    Database &m_db;
    AccessScope m_scope;
    DeadlineFilter m_filter;
    QList<Action> m_actions;
    DeadlineCounts m_counts;
    QHash<qint64, QString> m_references;
    QHash<qint64, QString> m_persons;
    QHash<qint64, QString> m_schools;       // per action
    QHash<qint64, QString> m_users;
};
