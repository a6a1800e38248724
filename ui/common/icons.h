#pragma once

#include <QIcon>

// Icons from the desktop's theme, with Qt's own as fallback where no theme is installed.
namespace Icons {

QIcon save();
QIcon undo();
QIcon add();
QIcon edit();
QIcon password();
QIcon administration();
QIcon open();
QIcon remove();
QIcon leave();
QIcon import();
QIcon persons();
QIcon paste();
QIcon incidents();
QIcon deadlines();
QIcon correspondence();
QIcon reports();
QIcon refresh();
QIcon verify();

} // namespace Icons
