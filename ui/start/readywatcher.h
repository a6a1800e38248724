#pragma once

#include <QObject>

// For --exit-when-ready: quits the application with exit code 0 once the watched window has
// been painted. Smoke tests and start-up benchmarks use it.
class ReadyWatcher : public QObject
{
    Q_OBJECT

public:
    static void watch(QWidget *window);
    // True once a watched window was painted: dialogs that return then must not be read as
    // "cancelled", the program is ending.
    static bool fired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
