#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The one change notifier: every committed Transaction announces the rows it changed, and
// item models refresh themselves when their entity is named. (PostgreSQL's LISTEN/NOTIFY will
// feed the same signal with changes made on other PCs.)
class ChangeBus : public QObject
{
    Q_OBJECT

public:
    static ChangeBus *instance();
    void announce(const QString &entity, qint64 id);
    // Runs `reload` for every change while `context` lives. A failure while reloading (a lost
    // server connection, a damaged file) never escapes into Qt's event loop, nor into the write
    // that announced the change: it is reported through reloadFailed(), and the window offers to
    // try again, which announces the entity anew.
    static void listen(QObject *context, const std::function<void(const QString &entity)> &reload);

signals:
    // `entity` is the table name: "schools", "users", "settings", …
    void changed(const QString &entity, qint64 id);
    // What went wrong while a view reloaded `entity`, in Dutch.
    void reloadFailed(const QString &entity, const QString &message);

private:
    ChangeBus() = default;
};
