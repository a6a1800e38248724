#include "readywatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

static bool s_fired = false;

bool ReadyWatcher::fired()
{
    return s_fired;
}

void ReadyWatcher::watch(QWidget *window)
{
    window->installEventFilter(new ReadyWatcher(window));
}

bool ReadyWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        s_fired = true;
        // After this paint event has been delivered.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
    return QObject::eventFilter(watched, event);
}
