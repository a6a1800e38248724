#include "diskencryption.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>

namespace {

QString firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readLine()).trimmed();
}

// A dm-crypt device at `device` (a folder in /sys/devices/…/block) or below it.
bool cryptBelow(const QString &device, int depth, QString *found)
{
    if (depth > 16)
        return false;
    if (firstLine(device + QStringLiteral("/dm/uuid")).startsWith(QStringLiteral("CRYPT-"))) {
        *found = firstLine(device + QStringLiteral("/dm/name"));
        if (found->isEmpty())
            *found = QFileInfo(device).fileName();
        return true;
    }
    const QDir slaves(device + QStringLiteral("/slaves"));
    for (const QFileInfo &slave : slaves.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (cryptBelow(slave.canonicalFilePath(), depth + 1, found))
            return true;
    // A partition's holder is its disk's partition itself; nothing below it but the disk.
    return false;
}

} // namespace

DiskEncryption::Result DiskEncryption::forDevice(unsigned major, unsigned minor, const QString &sysRoot)
{
    Result result;
    const QString link = QStringLiteral("%1/dev/block/%2:%3").arg(sysRoot).arg(major).arg(minor);
    const QString device = QFileInfo(link).canonicalFilePath();
    if (device.isEmpty()) {
        result.explanation = tr("The disk under the database could not be identified, so Dossierkast cannot tell "
                                "whether it is encrypted.");
        return result;
    }
    QString crypt;
    const QString name = QFileInfo(device).fileName();
    if (cryptBelow(device, 0, &crypt)) {
        result.state = State::Encrypted;
        result.explanation = tr("The disk under the database is encrypted (dm-crypt/LUKS, device %1).").arg(crypt);
    } else {
        result.state = State::NotEncrypted;
        result.explanation = tr("The disk under the database (%1) is NOT encrypted: whoever takes the PC or its disk can "
                                "read every dossier. Encrypt the disk (BitLocker on Windows, LUKS on Linux; see the "
                                "README).").arg(name);
    }
    return result;
}

DiskEncryption::Result DiskEncryption::forPath(const QString &path)
{
    Result result;
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!existing.isEmpty() && !QFileInfo::exists(existing) && existing != QStringLiteral("/"))
        existing = QFileInfo(existing).absolutePath();
    const QByteArray native = QFile::encodeName(existing);
    // fscrypt: the folder itself is encrypted, whatever the disk.
    struct statx info {};
    if (::statx(AT_FDCWD, native.constData(), 0, STATX_BASIC_STATS, &info) == 0
        && (info.stx_attributes_mask & STATX_ATTR_ENCRYPTED) && (info.stx_attributes & STATX_ATTR_ENCRYPTED)) {
        result.state = State::Encrypted;
        result.explanation = tr("The folder of the database is encrypted (fscrypt).");
        return result;
    }
    struct statfs filesystem {};
    if (::statfs(native.constData(), &filesystem) == 0) {
        const auto type = static_cast<unsigned long>(filesystem.f_type);
        if (type == NFS_SUPER_MAGIC || type == SMB_SUPER_MAGIC || type == 0xFE534D42UL || type == 0xFF534D42UL) {
            result.explanation = tr("The database is on a network drive: whether its disk is encrypted is up to the "
                                    "server that holds it.");
            return result;
        }
        if (type == TMPFS_MAGIC) {
            result.explanation = tr("The database is in memory (tmpfs) and is lost when the PC stops.");
            return result;
        }
    }
    struct stat plain {};
    if (::stat(native.constData(), &plain) != 0) {
        result.explanation = tr("The folder of the database cannot be examined.");
        return result;
    }
    return forDevice(::major(plain.st_dev), ::minor(plain.st_dev));
}
