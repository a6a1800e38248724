#include "zipwriter.h"

#include "../domain/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    m_entries.append({ name, data });
}

QStringList ZipWriter::names() const
{
    QStringList result;
    for (const auto &entry : m_entries)
        result.append(entry.first);
    return result;
}

void ZipWriter::write(const QString &path) const
{
    QFile::remove(path);
    const QByteArray native = QFile::encodeName(path);
    int error = 0;
    zip_t *archive = zip_open(native.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&details));
        zip_error_fini(&details);
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    const auto fail = [&](const QString &reason) {
        zip_discard(archive);
        QFile::remove(path);
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    for (const auto &[name, data] : m_entries) {
        // The buffers stay alive until zip_close, which is when libzip reads them.
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source)
            fail(QString::fromLocal8Bit(zip_strerror(archive)));
        if (zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            fail(QString::fromLocal8Bit(zip_strerror(archive)));
        }
    }
    if (zip_close(archive) < 0)
        fail(QString::fromLocal8Bit(zip_strerror(archive)));
    // What goes into these archives is sensitive: readable by the owner only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
