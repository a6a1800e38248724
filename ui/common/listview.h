#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QWidget;

// How every list in the program behaves: sortable by each column, whole rows selected one at
// a time, no editing in place, no row numbers, column widths and order remembered under `key`.
namespace ListView {

// `model` is a QSortFilterProxyModel over an in-memory list, or a model that sorts itself in SQL;
// for the latter, pass the order it already has, so that setting up does not read it again.
void setUp(QTableView *view, QAbstractItemModel *model, const QString &key, int sortColumn,
           Qt::SortOrder order = Qt::AscendingOrder);
// A small read-only table filled by hand (a case's measures, a ladder's rungs): whole rows, one
// at a time, columns fitted to their content, the last one stretched.
QTableWidget *table(QWidget *parent, const QStringList &headers);
// The selected row in the proxy's source model, or -1.
int currentSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy);

} // namespace ListView
