#include "userlistmodel.h"

#include "../domain/labels.h"
#include "../domain/changebus.h"
#include "../services/listreader.h"

#include <QColor>

UserListModel::UserListModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("users") || entity == QLatin1String("user_schools")
            || entity == QLatin1String("schools"))
            reload();
    });
    reload();
}

void UserListModel::reload()
{
    beginResetModel();
    const ListReader reader(m_db, m_scope);
    m_users = reader.users();
    m_schoolNames = reader.allSchoolNames();
    endResetModel();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DisplayName: return u.displayName;
        case Login: return u.login;
        case Role: return Labels::role(u.role);
        case Schools: {
            if (u.role == UserRole::Beheerder || u.role == UserRole::Bestuur)
                return tr("All schools");
            QStringList names;
            for (qint64 id : u.schoolIds)
                names.append(m_schoolNames.value(id));
            return names.join(QStringLiteral(", "));
        }
        case Active: return u.active ? tr("Yes") : tr("No");
        }
    } else if (role == Qt::UserRole) {
        return u.id;
    } else if (role == Qt::ForegroundRole && !u.active) {
        return QColor(Qt::gray);
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DisplayName: return tr("Name");
    case Login: return tr("Login name");
    case Role: return tr("Role");
    case Schools: return tr("Schools");
    case Active: return tr("Active");
    }
    return {};
}
