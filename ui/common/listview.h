#pragma once

#include <QString>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

// How every list in the program behaves: sortable by each column, whole rows selected one at
// a time, no editing in place, no row numbers, column widths and order remembered under `key`.
namespace ListView {

// `model` is a QSortFilterProxyModel over an in-memory list, or a model that sorts itself in SQL.
void setUp(QTableView *view, QAbstractItemModel *model, const QString &key, int sortColumn);
// The selected row in the proxy's source model, or -1.
int currentSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy);

} // namespace ListView
