#include "busywork.h"

#include <QApplication>
#include <QProgressDialog>

namespace BusyWork {

void run(QWidget *parent, const QString &title, const QString &text, const std::function<void()> &work)
{
    QProgressDialog progress(text, QString(), 0, 0, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QApplication::processEvents();
    work();
}

} // namespace BusyWork
