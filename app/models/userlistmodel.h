#pragma once

#include "../domain/accessscope.h"
#include "../domain/user.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// The users the scope may see, with role and schools in words; refreshes itself.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DisplayName, Login, Role, Schools, Active, ColumnCount };

    UserListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    User user(int row) const { return m_users.at(row); }
    void reload();

private:
    Database &m_db;
    AccessScope m_scope;
    QList<User> m_users;
    QHash<qint64, QString> m_schoolNames;
};
