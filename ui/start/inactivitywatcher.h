#pragma once

#include <QObject>
#include <QTimer>

// Notices when nobody has used the keyboard or mouse for a while, so the window can lock.
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InactivityWatcher(int minutes, QObject *parent = nullptr);
    void setEnabled(bool enabled);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
