#include "personlistmodel.h"

#include "../domain/labels.h"
#include "../domain/changebus.h"
#include "../services/listreader.h"

#include <QColor>
#include <QDate>

PersonListModel::PersonListModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("persons") || entity == QLatin1String("schools"))
            reload();
    });
    reload();
}

void PersonListModel::setFilter(const PersonFilter &filter)
{
    m_filter = filter;
    load(PageSize);
}

void PersonListModel::reload()
{
    load(std::max(PageSize, int(m_persons.size())));
}

void PersonListModel::load(int rows)
{
    // Read first, then swap in one reset, so views never see a half-loaded list.
    const ListReader reader(m_db, m_scope);
    // Every school's name: a person seen through a case may belong to another school.
    const QHash<qint64, QString> schoolNames = reader.allSchoolNames();
    QList<Person> loaded = reader.persons(m_filter, 0, rows);
    QHash<qint64, QString> children = reader.childrenOfParents(loaded);
    const int total = reader.personCount(m_filter);
    beginResetModel();
    m_schoolNames = schoolNames;
    m_persons = loaded;
    m_children = children;
    m_total = std::max(total, int(loaded.size()));
    endResetModel();
    emit totalCountChanged(m_total);
}

bool PersonListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_persons.size() < m_total;
}

void PersonListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Person> more = ListReader(m_db, m_scope).persons(m_filter, int(m_persons.size()), PageSize);
    if (more.isEmpty()) {
        m_total = int(m_persons.size());    // rows were deleted meanwhile; a refresh follows
        return;
    }
    beginInsertRows(QModelIndex(), int(m_persons.size()), int(m_persons.size() + more.size() - 1));
    m_persons.append(more);
    endInsertRows();
}

void PersonListModel::sort(int column, Qt::SortOrder order)
{
    static const PersonFilter::Sort sorts[] = { PersonFilter::Sort::Name, PersonFilter::Sort::Kind,
                                                PersonFilter::Sort::School, PersonFilter::Sort::Group,
                                                PersonFilter::Sort::ExternalId, PersonFilter::Sort::BirthDate,
                                                PersonFilter::Sort::LeaveDate };
    if (column < 0 || column >= ColumnCount)
        return;
    PersonFilter filter = m_filter;
    filter.sort = sorts[column];
    filter.descending = order == Qt::DescendingOrder;
    if (filter.sort == m_filter.sort && filter.descending == m_filter.descending)
        return;
    setFilter(filter);
}

int PersonListModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_persons.size(); ++row)
        if (m_persons.at(row).id == personId)
            return row;
    return -1;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_persons.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_persons.size())
        return {};
    const Person &p = m_persons.at(index.row());
    const bool left = p.leaveDate.isValid() && p.leaveDate <= QDate::currentDate();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return p.sortName();
        case Kind: return Labels::personKind(p.kind);
        case School: return m_schoolNames.value(p.schoolId);
        case Group:
            if (p.kind == PersonKind::Ouder && m_children.contains(p.id))
                return tr("parent of %1").arg(m_children.value(p.id));
            return p.kind == PersonKind::Medewerker ? p.functionTitle : p.groupName;
        case ExternalId: return p.externalId;
        case BirthDate: return p.birthDate.toString(QStringLiteral("dd-MM-yyyy"));
        case LeaveDate: return p.leaveDate.toString(QStringLiteral("dd-MM-yyyy"));
        }
    } else if (role == Qt::ForegroundRole && left) {
        return QColor(Qt::gray);
    } else if (role == Qt::ToolTipRole && left) {
        return tr("Left on %1").arg(p.leaveDate.toString(QStringLiteral("dd-MM-yyyy")));
    }
    return {};
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case School: return tr("School");
    case Group: return tr("Group or function");
    case ExternalId: return tr("Number");
    case BirthDate: return tr("Date of birth");
    case LeaveDate: return tr("Left on");
    }
    return {};
}
