#include "privatecopies.h"

#include "../domain/displaytext.h"
#include "../storage/attachmentstore.h"
#include "../domain/storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

constexpr char OwnerFile[] = ".eigenaar";

} // namespace

PrivateCopies::PrivateCopies() = default;

int PrivateCopies::removeLeftovers()
{
    int removed = 0;
    const QDir temp(QDir::tempPath());
    for (const QFileInfo &folder : temp.entryInfoList({ QStringLiteral("dossierkast-??????") }, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (folder.ownerId() != ::getuid())
            continue;
        QFile owner(QDir(folder.filePath()).filePath(QLatin1String(OwnerFile)));
        bool alive = false;
        if (owner.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 pid = owner.readAll().trimmed().toLongLong(&ok);
            alive = ok && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
        } else {
            // Without an owner: only once it is a day old (it may be a copy being made now).
            alive = folder.lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 3600;
        }
        if (!alive && QDir(folder.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

PrivateCopies::~PrivateCopies() = default;   // QTemporaryDir removes the folder and its files

QString PrivateCopies::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PrivateCopies::write(Database &db, const QByteArray &sha256, const QString &fileName)
{
    if (!m_dir) {
        // QTemporaryDir creates the folder readable by its owner only (0700).
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/dossierkast-XXXXXX"));
        if (!m_dir->isValid())
            throw StorageError(StorageError::Kind::Failed, tr("No private folder could be made to open the file in."),
                               m_dir->errorString());
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Whose folder it is, so that a later start can tell a crashed run's copies from a
        // running program's.
        QFile owner(m_dir->filePath(QLatin1String(OwnerFile)));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(qint64(::getpid())));
    }
    // Each copy in a subfolder of its own keeps the original name, which viewers show.
    const QString sub = m_dir->filePath(QString::number(++m_counter));
    QDir().mkpath(sub);
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // A stored name is never used as a path: only its clean form, in our own folder.
    const QString safeName = DisplayText::fileName(fileName);
    const QString path = QDir(sub).filePath(safeName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::Failed, tr("The copy of %1 could not be written.").arg(safeName),
                           file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    try {
        AttachmentStore(db).readTo(sha256, file);
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    if (!file.commit())
        throw StorageError(StorageError::Kind::Failed, tr("The copy of %1 could not be written.").arg(safeName),
                           file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}
