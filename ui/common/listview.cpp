#include "listview.h"

#include "viewstate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>

namespace ListView {

bool setUp(QTableView *view, QAbstractItemModel *model, const QString &key, int sortColumn, Qt::SortOrder order,
           const QList<int> &hiddenByDefault)
{
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model)) {
        proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy->setSortLocaleAware(true);
    }
    view->setObjectName(key + QStringLiteral("View"));
    view->setModel(model);
    // The indicator first: enabling sorting sorts by it, and a model that sorts in SQL is read
    // once, in the order it already has, instead of by the first column and then again.
    view->horizontalHeader()->setSortIndicator(sortColumn, order);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int savedColumns = ViewState::savedColumnCount(key);
    const bool restored = ViewState::restore(view->horizontalHeader(), key);
    for (int column : hiddenByDefault)
        if (!restored || (savedColumns >= 0 && column >= savedColumns))
            view->setColumnHidden(column, true);
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, view,
                     [view, key] { ViewState::save(view->horizontalHeader(), key); });
    return restored;
}

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

int currentSourceRow(const QTableView *view, const QSortFilterProxyModel *proxy)
{
    const QModelIndex index = proxy->mapToSource(view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

} // namespace ListView
