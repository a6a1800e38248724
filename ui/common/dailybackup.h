#pragma once

#include <QObject>
#include <QString>

class QThread;

// Makes today's automatic backup of a database file in the background, on a connection of its
// own, so the window stays usable while the copy is made and checked.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(QObject *parent = nullptr);
    ~DailyBackup() override;        // waits for a backup in progress
    void start(const QString &location, const QString &folder);
    bool isRunning() const;

signals:
    // `path` is the new backup (empty when today's existed already); `problem` is empty on success.
    void finished(const QString &path, const QString &problem);

private:
    QThread *m_thread = nullptr;
};
