#pragma once

#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

// Remembers column widths and order, splitters and window geometry between sessions.
namespace ViewState {

void restore(QHeaderView *header, const QString &key);
void save(const QHeaderView *header, const QString &key);
void restore(QSplitter *splitter, const QString &key);
void save(const QSplitter *splitter, const QString &key);
void restoreGeometry(QWidget *window, const QString &key);
void saveGeometry(const QWidget *window, const QString &key);

} // namespace ViewState
