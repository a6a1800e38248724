#pragma once

#include <QObject>
#include <QString>

// The one change notifier: every committed Transaction announces the rows it changed, and
// item models refresh themselves when their entity is named. (PostgreSQL's LISTEN/NOTIFY will
// feed the same signal with changes made on other PCs.)
class ChangeBus : public QObject
{
    Q_OBJECT

public:
    static ChangeBus *instance();
    void announce(const QString &entity, qint64 id);

signals:
    // `entity` is the table name: "schools", "users", "settings", …
    void changed(const QString &entity, qint64 id);

private:
    ChangeBus() = default;
};
