#pragma once

#include "../domain/accessscope.h"
#include "../domain/school.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The schools the scope may see; refreshes itself when a school changes.
class SchoolListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Brin, City, Director, Active, ColumnCount };

    SchoolListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    School school(int row) const { return m_schools.at(row); }
    void reload();

private:
    Database &m_db;
    AccessScope m_scope;
    QList<School> m_schools;
};
