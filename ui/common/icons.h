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

} // namespace Icons
