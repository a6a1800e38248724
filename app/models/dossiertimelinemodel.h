#pragma once

#include "../domain/dossierentry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSet>

// A dossier's timeline, newest first, narrowed to the kinds and the period the reader picks.
// The entries come from DossierReader; this model only shows them in words.
class DossierTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Subject, Status, Incident, Details, ColumnCount };
    enum Role { KindRole = Qt::UserRole, IncidentIdRole, FiledWithRole, SortRole };

    explicit DossierTimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(DossierEntry::Kind kind);
    static QList<DossierEntry::Kind> allKinds();

    void setEntries(const QList<DossierEntry> &entries);
    void setKinds(const QSet<DossierEntry::Kind> &kinds);
    // Either end may be invalid (open-ended).
    void setPeriod(const QDate &from, const QDate &to);
    DossierEntry entry(int row) const { return m_shown.at(row); }
    int totalCount() const { return int(m_all.size()); }

private:
    void refilter();
    QString statusOf(const DossierEntry &entry) const;

    QList<DossierEntry> m_all;
    QList<DossierEntry> m_shown;
    QSet<DossierEntry::Kind> m_kinds;
    QDate m_from;
    QDate m_to;
};
