#pragma once

#include <QString>
#include <QList>
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
// `hiddenByDefault`: columns hidden until the user shows them (on the first start, and when a
// later version adds them). Returns whether the user's earlier state was restored.
bool setUp(QTableView *view, QAbstractItemModel *model, const QString &key, int sortColumn,
           Qt::SortOrder order = Qt::AscendingOrder, const QList<int> &hiddenByDefault = {});
// A small read-only table filled by hand (a case's measures, a ladder's rungs): whole rows, one
// at a time, columns fitted to their content, the last one stretched.
QTableWidget *table(QWidget *parent, const QStringList &headers);
// The selected row in the proxy's source model, or -1.
int currentSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy);

} // namespace ListView
