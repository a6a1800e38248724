#pragma once

#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

// Remembers column widths and order, splitters and window geometry between sessions.
namespace ViewState {

// Whether a state saved earlier was applied: false on the first start (the caller then applies
// its defaults). A list's columns are saved with how many there were.
bool restore(QHeaderView *header, const QString &key);
void save(const QHeaderView *header, const QString &key);
// How many columns the list had when its state was saved; -1 when not known (none saved, or
// saved by an older version).
int savedColumnCount(const QString &key);
void restore(QSplitter *splitter, const QString &key);
void save(const QSplitter *splitter, const QString &key);
// Whether a remembered size and place were applied (false on the first start).
bool restoreGeometry(QWidget *window, const QString &key);
void saveGeometry(const QWidget *window, const QString &key);

} // namespace ViewState
