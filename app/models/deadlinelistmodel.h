#pragma once

#include "../domain/accessscope.h"
#include "../domain/action.h"
#include "../storage/actionrepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Database;

// Termijnen: every open action with a due date, soonest first; overdue ones in red and those
// due this week highlighted. Refreshes itself when actions, measures or incidents change.
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, Kind, Title, Incident, Person, School, Responsible, ColumnCount };
    enum Role { UrgencyRole = Qt::UserRole, SortRole };     // UrgencyRole: an Urgency::Level

    DeadlineListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const DeadlineFilter &filter);
    DeadlineFilter filter() const { return m_filter; }
    Action action(int row) const { return m_actions.at(row); }
    void reload();

private:
    Database &m_db;
    AccessScope m_scope;
    DeadlineFilter m_filter;
    QList<Action> m_actions;
    QHash<qint64, QString> m_references;
    QHash<qint64, QString> m_persons;
    QHash<qint64, QString> m_schools;       // per action
    QHash<qint64, QString> m_users;
};
