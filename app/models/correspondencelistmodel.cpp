#include "correspondencelistmodel.h"

#include "../domain/labels.h"
#include "../domain/changebus.h"
#include "../services/listreader.h"

CorrespondenceListModel::CorrespondenceListModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("correspondence") || entity == QLatin1String("persons"))
            reload();
    });
    reload();
}

void CorrespondenceListModel::setFilter(const CorrespondenceFilter &filter)
{
    m_filter = filter;
    reload();
}

void CorrespondenceListModel::reload()
{
    QList<Correspondence> items;
    QHash<qint64, QString> persons;
    QHash<qint64, QString> references;
    QList<ListedCorrespondence> rows = ListReader(m_db, m_scope).correspondence(m_filter, Limit + 1);
    const bool cut = rows.size() > Limit;
    if (cut)
        rows.removeLast();
    for (const ListedCorrespondence &listed : std::as_const(rows)) {
        items.append(listed.item);
        persons.insert(listed.item.personId, listed.dossierName);
        if (listed.item.incidentId > 0)
            references.insert(listed.item.incidentId, listed.incidentReference);
    }
    beginResetModel();
    m_items = items;
    m_persons = persons;
    m_references = references;
    m_cut = cut;
    endResetModel();
}

int CorrespondenceListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return row;
    return -1;
}

int CorrespondenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CorrespondenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrespondenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Correspondence &c = m_items.at(index.row());
    if (role == SortRole && index.column() == Date)     // a number: sorting thousands of rows compares it often
        return c.sentOn.toJulianDay() * 10000000000LL + c.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Date: return c.sentOn.toString(QStringLiteral("dd-MM-yyyy"));
    case Direction: return Labels::direction(c.direction);
    case Channel: return Labels::channel(c.channel);
    case Subject: return c.subject;
    case Correspondent: return c.correspondent;
    case Dossier: return m_persons.value(c.personId);
    case Incident: return m_references.value(c.incidentId);
    }
    return {};
}

QVariant CorrespondenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Direction: return tr("Direction");
    case Channel: return tr("Channel");
    case Subject: return tr("Subject");
    case Correspondent: return tr("Correspondent");
    case Dossier: return tr("Dossier");
    case Incident: return tr("Incident");
    }
    return {};
}
