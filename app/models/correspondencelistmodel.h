#pragma once

#include "../domain/accessscope.h"
#include "../domain/correspondencelisting.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

// The correspondence register, newest first, as far as the scope may see; refreshes itself.
class CorrespondenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Direction, Channel, Subject, Correspondent, Dossier, Incident, ColumnCount };
    enum Role { SortRole = Qt::UserRole };
    // The register holds a million items at a large board: the list shows the newest this many
    // that match the filter, and says so (sorting by a column sorts those).
    static constexpr int Limit = 1000;

    CorrespondenceListModel(Database &db, const AccessScope &scope, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const CorrespondenceFilter &filter);
    CorrespondenceFilter filter() const { return m_filter; }
    Correspondence item(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;
    void reload();
    // More items match than the list holds.
    bool isCut() const { return m_cut; }

private:
    Database &m_db;
    AccessScope m_scope;
    CorrespondenceFilter m_filter;
    QList<Correspondence> m_items;
    QHash<qint64, QString> m_persons;
    QHash<qint64, QString> m_references;
    bool m_cut = false;
};
