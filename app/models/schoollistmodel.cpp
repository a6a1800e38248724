#include "schoollistmodel.h"

#include "../domain/changebus.h"
#include "../services/listreader.h"

#include <QColor>

SchoolListModel::SchoolListModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("schools"))
            reload();
    });
    reload();
}

void SchoolListModel::reload()
{
    beginResetModel();
    m_schools = ListReader(m_db, m_scope).schools();
    endResetModel();
}

int SchoolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schools.size());
}

int SchoolListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_schools.size())
        return {};
    const School &s = m_schools.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return s.name;
        case Brin: return s.brin;
        case City: return s.city;
        case Director: return s.directorName;
        case Active: return s.active ? tr("Yes") : tr("No");
        }
    } else if (role == Qt::UserRole) {
        return s.id;
    } else if (role == Qt::ForegroundRole && !s.active) {
        return QColor(Qt::gray);
    }
    return {};
}

QVariant SchoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Brin: return tr("BRIN");
    case City: return tr("City");
    case Director: return tr("Director");
    case Active: return tr("Active");
    }
    return {};
}
