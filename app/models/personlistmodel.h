#pragma once

#include "../domain/accessscope.h"
#include "../domain/person.h"
#include "../domain/personfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// The person list. Filtering and sorting happen in SQL and rows arrive a page at a time as the
// view scrolls (canFetchMore/fetchMore), so a board with tens of thousands of pupils opens at
// once. Refreshes itself when persons or schools change.
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, School, Group, ExternalId, BirthDate, LeaveDate, ColumnCount };
    static constexpr int PageSize = 200;

    PersonListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PersonFilter filter() const { return m_filter; }
    void setFilter(const PersonFilter &filter);
    // All rows matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    Person person(int row) const { return m_persons.at(row); }
    // The row of a person among the loaded rows, or -1.
    int rowOf(qint64 personId) const;
    // Reads the list again, keeping as many rows loaded as before (so the selection can stay).
    void reload();

signals:
    void totalCountChanged(int total);

private:
    void load(int rows);

    Database &m_db;
    AccessScope m_scope;
    PersonFilter m_filter;
    QHash<qint64, QString> m_children;     // a parent's children, for telling parents apart
    QList<Person> m_persons;
    QHash<qint64, QString> m_schoolNames;
    int m_total = 0;
};
