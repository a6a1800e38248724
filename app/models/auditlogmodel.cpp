#include "auditlogmodel.h"

#include "../domain/auditlabels.h"
#include "../services/audittrail.h"

#include <QColor>

AuditLogModel::AuditLogModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    // Not on the ChangeBus: every change adds records, and counting a long log after each one
    // would slow every save. The page reloads when it is shown and on F5.
    load(PageSize);
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    load(PageSize);
}

void AuditLogModel::reload()
{
    load(std::max(PageSize, int(m_records.size())));
}

void AuditLogModel::load(int rows)
{
    const AuditTrail trail(m_db, m_scope);
    const QList<AuditRecord> loaded = trail.list(m_filter, 0, rows);
    const int total = trail.count(m_filter);
    beginResetModel();
    m_records = loaded;
    m_total = std::max(total, int(loaded.size()));
    endResetModel();
    emit totalCountChanged(m_total);
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_records.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditRecord> more = AuditTrail(m_db, m_scope).list(m_filter, int(m_records.size()), PageSize);
    if (more.isEmpty()) {
        m_total = int(m_records.size());
        return;
    }
    beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size() + more.size() - 1));
    m_records.append(more);
    endInsertRows();
}

void AuditLogModel::sort(int column, Qt::SortOrder order)
{
    AuditFilter filter = m_filter;
    switch (column) {
    case Moment: filter.sort = AuditFilter::Sort::Moment; break;
    case User: filter.sort = AuditFilter::Sort::User; break;
    case Action: filter.sort = AuditFilter::Sort::Action; break;
    case Entity:
    case EntityId: filter.sort = AuditFilter::Sort::Entity; break;
    default: return;
    }
    filter.descending = order == Qt::DescendingOrder;
    if (filter.sort == m_filter.sort && filter.descending == m_filter.descending)
        return;
    setFilter(filter);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AuditRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Moment: return r.at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
        case User: return r.login;
        case Action: return AuditLabels::action(r.action);
        case Entity: return AuditTrail::entityLabel(r.entity);
        case EntityId: return r.entityId > 0 ? QVariant(r.entityId) : QVariant();
        case Detail:
            return r.erased ? tr("content erased at the end of its retention term") : r.detail;
        }
    } else if (role == Qt::ForegroundRole) {
        if (r.action == QLatin1String("denied") || r.action == QLatin1String("login_failed"))
            return QColor(Qt::darkRed);
        if (r.erased)
            return QColor(Qt::gray);
    } else if (role == Qt::TextAlignmentRole && index.column() == EntityId) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Moment: return tr("Moment");
    case User: return tr("User");
    case Action: return tr("Action");
    case Entity: return tr("Kind of record");
    case EntityId: return tr("Number");
    case Detail: return tr("Detail");
    }
    return {};
}
