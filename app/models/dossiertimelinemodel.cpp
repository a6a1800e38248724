#include "dossiertimelinemodel.h"

#include "../domain/labels.h"

DossierTimelineModel::DossierTimelineModel(QObject *parent) : QAbstractTableModel(parent)
{
    const QList<DossierEntry::Kind> kinds = allKinds();
    m_kinds = QSet<DossierEntry::Kind>(kinds.begin(), kinds.end());
}

QList<DossierEntry::Kind> DossierTimelineModel::allKinds()
{
    return { DossierEntry::Kind::Involvement, DossierEntry::Kind::Measure, DossierEntry::Kind::Action,
             DossierEntry::Kind::Correspondence, DossierEntry::Kind::Note, DossierEntry::Kind::Document };
}

QString DossierTimelineModel::kindLabel(DossierEntry::Kind kind)
{
    switch (kind) {
    case DossierEntry::Kind::Involvement: return tr("Incident");
    case DossierEntry::Kind::Measure: return tr("Measure");
    case DossierEntry::Kind::Action: return tr("Action");
    case DossierEntry::Kind::Correspondence: return tr("Correspondence");
    case DossierEntry::Kind::Note: return tr("Note");
    case DossierEntry::Kind::Document: return tr("Document");
    }
    return QString();
}

void DossierTimelineModel::setEntries(const QList<DossierEntry> &entries)
{
    m_all = entries;
    refilter();
}

void DossierTimelineModel::setKinds(const QSet<DossierEntry::Kind> &kinds)
{
    m_kinds = kinds;
    refilter();
}

void DossierTimelineModel::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    refilter();
}

void DossierTimelineModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const DossierEntry &entry : std::as_const(m_all)) {
        if (!m_kinds.contains(entry.kind))
            continue;
        if (m_from.isValid() && (!entry.date.isValid() || entry.date < m_from))
            continue;
        if (m_to.isValid() && (!entry.date.isValid() || entry.date > m_to))
            continue;
        m_shown.append(entry);
    }
    endResetModel();
}

int DossierTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int DossierTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DossierTimelineModel::statusOf(const DossierEntry &e) const
{
    switch (e.kind) {
    case DossierEntry::Kind::Involvement:
        return Labels::ofCode(e.code, &Labels::involvementRole) + QStringLiteral(" · ")
               + Labels::ofCode(e.secondCode, &Labels::incidentStatus);
    case DossierEntry::Kind::Measure: return Labels::ofCode(e.code, &Labels::measureStatus);
    case DossierEntry::Kind::Action:
        return Labels::ofCode(e.secondCode, &Labels::actionKind) + QStringLiteral(" · ")
               + Labels::ofCode(e.code, &Labels::actionStatus);
    case DossierEntry::Kind::Correspondence:
        return Labels::ofCode(e.code, &Labels::direction) + QStringLiteral(" · ")
               + Labels::ofCode(e.secondCode, &Labels::channel);
    case DossierEntry::Kind::Note:
    case DossierEntry::Kind::Document: return QString();
    }
    return QString();
}

QVariant DossierTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const DossierEntry &e = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: {
            const QString day = e.date.toString(QStringLiteral("dd-MM-yyyy"));
            return e.time.isEmpty() ? day : day + QLatin1Char(' ') + e.time;
        }
        case Kind: return kindLabel(e.kind);
        case Subject: return e.title;
        case Status: return statusOf(e);
        case Incident: return e.incidentReference;
        case Details: {
            QString text = e.text.simplified();
            if (e.kind == DossierEntry::Kind::Correspondence && e.attachmentCount > 0)
                text = tr("%n attachment(s)", nullptr, e.attachmentCount) + (text.isEmpty() ? QString() : QStringLiteral(" · ") + text);
            if (e.filedWithId > 0)
                text = tr("Filed in the child's dossier") + (text.isEmpty() ? QString() : QStringLiteral(" · ") + text);
            return text;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Details)
            return e.text;
        break;
    case SortRole:
        // Dates sort as dates, however they are shown.
        if (index.column() == Date)
            return e.date.toString(Qt::ISODate) + e.time;
        return data(index, Qt::DisplayRole);
    case KindRole: return int(e.kind);
    case IncidentIdRole: return e.incidentId;
    case FiledWithRole: return e.filedWithId;
    }
    return {};
}

QVariant DossierTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Subject: return tr("Subject");
    case Status: return tr("Role or status");
    case Incident: return tr("Incident");
    case Details: return tr("Details");
    }
    return {};
}
