#include "privatecopies.h"

#include "../storage/attachmentstore.h"
#include "../storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

PrivateCopies::PrivateCopies() = default;

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
    }
    // Each copy in a subfolder of its own keeps the original name, which viewers show.
    const QString sub = m_dir->filePath(QString::number(++m_counter));
    QDir().mkpath(sub);
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString safeName = QFileInfo(fileName).fileName();
    if (safeName.isEmpty() || safeName == QLatin1String(".") || safeName == QLatin1String(".."))
        safeName = QStringLiteral("bestand");
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
