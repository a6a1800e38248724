#include "correspondencelistmodel.h"

#include "../domain/labels.h"
#include "../storage/changebus.h"
#include "../storage/incidentrepository.h"
#include "../storage/personrepository.h"

CorrespondenceListModel::CorrespondenceListModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    connect(ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &entity) {
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
    const QList<Correspondence> items = CorrespondenceRepository(m_db).list(m_scope, m_filter);
    QHash<qint64, QString> persons;
    QHash<qint64, QString> references;
    PersonRepository people(m_db);
    IncidentRepository incidents(m_db);
    for (const Correspondence &c : items) {
        if (!persons.contains(c.personId))
            if (const auto p = people.get(m_scope, c.personId))
                persons.insert(c.personId, p->sortName());
        if (c.incidentId > 0 && !references.contains(c.incidentId))
            if (const auto i = incidents.get(m_scope, c.incidentId))
                references.insert(c.incidentId, i->reference);
    }
    beginResetModel();
    m_items = items;
    m_persons = persons;
    m_references = references;
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
    if (role == SortRole && index.column() == Date)
        return c.sentOn.toString(Qt::ISODate) + QString::number(c.id).rightJustified(12, QLatin1Char('0'));
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
