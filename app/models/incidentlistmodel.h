#pragma once

#include "../domain/accessscope.h"
#include "../domain/incident.h"
#include "../domain/incidentfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// The incident list, filtered and sorted in SQL and loaded a page at a time as the view
// scrolls, so it stays quick with hundreds of thousands of incidents. Refreshes itself.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reference, ReportedAt, OccurredAt, School, Title, Platform, Severity, Status, ColumnCount };
    static constexpr int PageSize = 200;

    IncidentListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);
    // Starts with `filter`, so a list that opens filtered is read once.
    IncidentListModel(Database &db, const AccessScope &scope, const IncidentFilter &filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    IncidentFilter filter() const { return m_filter; }
    void setFilter(const IncidentFilter &filter);
    int totalCount() const { return m_total; }
    // The listed columns only (no description, people or articles).
    Incident incident(int row) const;
    int rowOf(qint64 incidentId) const;
    void reload();

signals:
    void totalCountChanged(int total);

private:
    // What a row shows and what the next page continues after: a third of an Incident's size,
    // which counts when all 250,000 have been scrolled into the list.
    struct Row {
        qint64 id = 0;
        qint64 schoolId = 0;
        QString reference;
        QString title;
        QDateTime occurredAt;
        QDateTime reportedAt;
        ::Platform platform = ::Platform::Anders;
        ::Severity severity = ::Severity::Licht;
        IncidentStatus status = IncidentStatus::Gemeld;
        bool confidential = false;
        bool possiblyCriminal = false;
    };
    static QList<Row> rowsOf(const QList<Incident> &incidents);
    void load(int rows);

    Database &m_db;
    AccessScope m_scope;
    IncidentFilter m_filter;
    QList<Row> m_incidents;
    QHash<qint64, QString> m_schoolNames;
    int m_total = 0;
};
