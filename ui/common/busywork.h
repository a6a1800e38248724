#pragma once

#include <QString>
#include <functional>

class QWidget;

// Long work that cannot report its steps (a backup, a destruction): a modal dialog says what is
// going on while `work` runs, and goes when it ends, also when `work` throws.
namespace BusyWork {

void run(QWidget *parent, const QString &title, const QString &text, const std::function<void()> &work);

} // namespace BusyWork
