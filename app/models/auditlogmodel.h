#pragma once

#include "../domain/accessscope.h"
#include "../domain/auditrecord.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The audit trail for the viewer in Beheer: filtered and sorted in SQL, loaded a page at a time
// as the view scrolls (the log grows with every change and every look at a dossier).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Moment, User, Action, Entity, EntityId, Detail, ColumnCount };
    static constexpr int PageSize = 200;

    AuditLogModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    AuditFilter filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    int totalCount() const { return m_total; }
    AuditRecord record(int row) const { return m_records.at(row); }
    void reload();

signals:
    void totalCountChanged(int total);

private:
    void load(int rows);

    Database &m_db;
    AccessScope m_scope;
    AuditFilter m_filter;
    QList<AuditRecord> m_records;
    int m_total = 0;
};
