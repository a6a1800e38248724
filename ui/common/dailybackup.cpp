#include "dailybackup.h"

#include "services/backupschedule.h"
#include "services/databaseconnection.h"
#include "domain/storageerror.h"

#include <QDate>
#include <QThread>

DailyBackup::DailyBackup(QObject *parent) : QObject(parent)
{
}

DailyBackup::~DailyBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DailyBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DailyBackup::start(const QString &location, const QString &folder)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this, location, folder] {
        QString path;
        QString problem;
        try {
            const OpenDatabase db = DatabaseConnection::openExisting(location);
            path = BackupSchedule::runDaily(*db, folder, QDate::currentDate());
        } catch (const StorageError &error) {
            problem = error.message();
        } catch (const std::exception &error) {
            problem = QString::fromLocal8Bit(error.what());
        }
        QMetaObject::invokeMethod(this, [this, path, problem] { emit finished(path, problem); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}
