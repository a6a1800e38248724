#include "inputfile.h"

#include "../domain/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

QString InputFile::size(qint64 bytes)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands).formattedDataSize(bytes, 0);
}

void InputFile::check(const QString &path, qint64 limit)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        throw StorageError(StorageError::Kind::NotFound, tr("%1 does not exist.").arg(shown));
    if (info.isDir())
        throw StorageError(StorageError::Kind::Invalid, tr("%1 is a folder, not a file.").arg(shown));
    if (!info.isFile())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is not an ordinary file (a device or a pipe); save it as a file first.").arg(shown));
    if (info.size() > limit)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is %2, larger than the %3 such a file may be. Check that it is the right file.")
                               .arg(shown, size(info.size()), size(limit)));
}

QByteArray InputFile::read(const QString &path, qint64 limit)
{
    check(path, limit);
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.read(limit + 1);      // a file still growing stops at the limit
    if (file.error() != QFileDevice::NoError)
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    if (bytes.size() > limit)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is larger than the %2 such a file may be. Check that it is the right file.")
                               .arg(shown, size(limit)));
    return bytes;
}
