#include "deadlinelistmodel.h"

#include "../domain/labels.h"
#include "../domain/urgency.h"
#include "../domain/changebus.h"
#include "../services/listreader.h"

#include <QColor>

DeadlineListModel::DeadlineListModel(Database &db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_scope(scope)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        static const QStringList watched{ "actions", "measures", "incidents", "objections" };
        if (watched.contains(entity))
            reload();
    });
    reload();
}

void DeadlineListModel::setFilter(const DeadlineFilter &filter)
{
    m_filter = filter;
    reload();
}

void DeadlineListModel::reload()
{
    const ListReader reader(m_db, m_scope);
    const QHash<qint64, QString> schoolNames = reader.allSchoolNames();
    const QDate today = QDate::currentDate();
    QList<ListedDeadline> rows = reader.deadlines(m_filter, Limit + 1);
    const bool cut = rows.size() > Limit;
    if (cut)
        rows.removeLast();
    QList<Action> actions;
    QHash<qint64, QString> references, persons, schools, users;
    for (const ListedDeadline &listed : std::as_const(rows)) {
        const qint64 id = listed.action.id;
        actions.append(listed.action);
        if (!listed.incidentReference.isEmpty())
            references.insert(id, listed.incidentReference);
        if (!listed.personName.isEmpty())
            persons.insert(id, listed.personName);
        if (listed.schoolId > 0)
            schools.insert(id, schoolNames.value(listed.schoolId));
    }
    // Cut, the database counts them all; else they are all here, counted as they are shown.
    DeadlineCounts counts;
    if (cut) {
        counts = reader.deadlineCounts(m_filter, today);
    } else {
        counts.total = int(actions.size());
        for (const Action &a : std::as_const(actions)) {
            const Urgency::Level level = Urgency::of(a.dueOn, today);
            counts.overdue += level == Urgency::Overdue;
            counts.thisWeek += level == Urgency::ThisWeek;
        }
    }
    users = reader.allUserNames();
    beginResetModel();
    m_actions = actions;
    m_counts = counts;
    m_references = references;
    m_persons = persons;
    m_schools = schools;
    m_users = users;
    endResetModel();
}

int DeadlineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int DeadlineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const Action &a = m_actions.at(index.row());
    const Urgency::Level urgent = Urgency::of(a.dueOn, QDate::currentDate());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: return Labels::dueText(a);
        case Kind: return Labels::actionKind(a.kind);
        case Title: return a.title;
        case Incident: return m_references.value(a.id);
        case Person: return m_persons.value(a.id);
        case School: return m_schools.value(a.id);
        case Responsible: return m_users.value(a.responsibleUserId);
        }
        break;
    case Qt::ForegroundRole:
        if (urgent == Urgency::Overdue)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::BackgroundRole:
        if (urgent == Urgency::ThisWeek)
            return QColor(0xff, 0xf4, 0xce);
        break;
    case Qt::ToolTipRole: {
        const QString title = a.legalSource.isEmpty() ? a.title : a.title + QStringLiteral(" (") + a.legalSource + QLatin1Char(')');
        const QString term = Labels::termNote(a);
        return term.isEmpty() ? title : title + QLatin1Char('\n') + term;
    }
    case UrgencyRole: return int(urgent);
    case SortRole:
        // Dates sort as dates; the rest as shown.
        return index.column() == Due ? QVariant(a.dueOn) : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Due");
    case Kind: return tr("Kind");
    case Title: return tr("Action");
    case Incident: return tr("Incident");
    case Person: return tr("Person");
    case School: return tr("School");
    case Responsible: return tr("Responsible");
    }
    return {};
}
