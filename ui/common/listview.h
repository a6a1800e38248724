#pragma once

#include <QString>

class QSortFilterProxyModel;
class QTableView;

// How every list in the program behaves: sortable by each column, whole rows selected one at
// a time, no editing in place, no row numbers, column widths and order remembered under `key`.
namespace ListView {

void setUp(QTableView *view, QSortFilterProxyModel *proxy, const QString &key, int sortColumn);
// The selected row in the proxy's source model, or -1.
int currentSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy);

} // namespace ListView
