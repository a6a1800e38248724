#include "incidentlistmodel.h"

#include "../domain/labels.h"
#include "../domain/changebus.h"
#include "../services/listreader.h"

#include <QColor>
#include <QFont>

IncidentListModel::IncidentListModel(Database &db, const AccessScope &scope, QObject *parent)
    : IncidentListModel(db, scope, IncidentFilter(), parent)
{
}

IncidentListModel::IncidentListModel(Database &db, const AccessScope &scope, const IncidentFilter &filter, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope), m_filter(filter)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        static const QStringList watched{ "incidents", "schools", "involvements", "incident_articles", "incident_notes" };
        if (watched.contains(entity))
            reload();
    });
    load(PageSize);
}

void IncidentListModel::setFilter(const IncidentFilter &filter)
{
    m_filter = filter;
    load(PageSize);
}

void IncidentListModel::reload()
{
    load(std::max(PageSize, int(m_incidents.size())));
}

void IncidentListModel::load(int rows)
{
    const ListReader reader(m_db, m_scope);
    // Every school's name: a reporter sees the cases they reported at another school too.
    const QHash<qint64, QString> schoolNames = reader.allSchoolNames();
    const QList<Row> loaded = rowsOf(reader.incidents(m_filter, rows));
    const int total = reader.incidentCount(m_filter);
    beginResetModel();
    m_schoolNames = schoolNames;
    m_incidents = loaded;
    m_total = std::max(total, int(loaded.size()));
    endResetModel();
    emit totalCountChanged(m_total);
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_incidents.size() < m_total;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Incident last = m_incidents.isEmpty() ? Incident() : incident(int(m_incidents.size()) - 1);
    const QList<Row> more = rowsOf(ListReader(m_db, m_scope).incidents(m_filter, PageSize, m_incidents.isEmpty() ? nullptr : &last));
    if (more.isEmpty()) {
        m_total = int(m_incidents.size());
        return;
    }
    beginInsertRows(QModelIndex(), int(m_incidents.size()), int(m_incidents.size() + more.size() - 1));
    m_incidents.append(more);
    endInsertRows();
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    static const IncidentFilter::Sort sorts[] = { IncidentFilter::Sort::Reference, IncidentFilter::Sort::ReportedAt,
                                                  IncidentFilter::Sort::OccurredAt, IncidentFilter::Sort::School,
                                                  IncidentFilter::Sort::Title, IncidentFilter::Sort::Platform,
                                                  IncidentFilter::Sort::Severity, IncidentFilter::Sort::Status };
    if (column < 0 || column >= ColumnCount)
        return;
    IncidentFilter filter = m_filter;
    filter.sort = sorts[column];
    filter.descending = order == Qt::DescendingOrder;
    if (filter.sort == m_filter.sort && filter.descending == m_filter.descending)
        return;
    setFilter(filter);
}

QList<IncidentListModel::Row> IncidentListModel::rowsOf(const QList<Incident> &incidents)
{
    QList<Row> rows;
    rows.reserve(incidents.size());
    for (const Incident &i : incidents)
        rows.append({ i.id, i.schoolId, i.reference, i.title, i.occurredAt, i.reportedAt, i.platform, i.severity, i.status,
                      i.confidential, i.possiblyCriminal });
    return rows;
}

Incident IncidentListModel::incident(int row) const
{
    const Row &r = m_incidents.at(row);
    Incident i;
    i.id = r.id;
    i.schoolId = r.schoolId;
    i.reference = r.reference;
    i.title = r.title;
    i.occurredAt = r.occurredAt;
    i.reportedAt = r.reportedAt;
    i.platform = r.platform;
    i.severity = r.severity;
    i.status = r.status;
    i.confidential = r.confidential;
    i.possiblyCriminal = r.possiblyCriminal;
    return i;
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    for (int row = 0; row < m_incidents.size(); ++row)
        if (m_incidents.at(row).id == incidentId)
            return row;
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const Row &i = m_incidents.at(index.row());
    const QString moment = QStringLiteral("dd-MM-yyyy HH:mm");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference: return i.reference;
        case ReportedAt: return i.reportedAt.toLocalTime().toString(moment);
        case OccurredAt: return i.occurredAt.toLocalTime().toString(moment);
        case School: return m_schoolNames.value(i.schoolId);
        case Title: return i.title;
        case Platform: return Labels::platform(i.platform);
        case Severity: return Labels::severity(i.severity);
        case Status: return Labels::incidentStatus(i.status);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Title) {
        QStringList notes;
        if (i.confidential)
            notes.append(tr("Confidential"));
        if (i.possiblyCriminal)
            notes.append(tr("Possibly criminal"));
        return notes.isEmpty() ? i.title : i.title + QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    } else if (role == Qt::FontRole && i.severity == ::Severity::ZeerErnstig) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::ForegroundRole
               && (i.status == IncidentStatus::Afgesloten || i.status == IncidentStatus::GeenActie)) {
        return QColor(Qt::gray);
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference: return tr("Reference");
    case ReportedAt: return tr("Reported");
    case OccurredAt: return tr("Happened");
    case School: return tr("School");
    case Title: return tr("Title");
    case Platform: return tr("Platform");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    }
    return {};
}
