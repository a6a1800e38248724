#include "newdatabaseguard.h"

#include <QFile>
#include <QFileInfo>

NewDatabaseGuard::NewDatabaseGuard(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath()), m_existed(QFileInfo::exists(path))
{
}

NewDatabaseGuard::~NewDatabaseGuard()
{
    if (m_keep || m_existed)
        return;
    // The database object is closed by now (it is declared after the guard).
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
}
