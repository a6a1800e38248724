#include "privatepath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PrivatePath {

bool makeFolder(const QString &folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).absolutePath();
    if (parent != path && !makeFolder(parent))
        return false;
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0 || (errno == EEXIST && QFileInfo(path).isDir());
}

QString reason(int error, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto say = [](const char *text) { return QCoreApplication::translate("PrivatePath", text); };
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return say(QT_TRANSLATE_NOOP("PrivatePath", "the disk is full; make room on it or choose another disk"));
    case EACCES:
    case EPERM:
        return say(QT_TRANSLATE_NOOP("PrivatePath", "you have no permission to write in %1; choose another folder")).arg(shown);
    case EROFS:
        return say(QT_TRANSLATE_NOOP("PrivatePath", "%1 is on a read-only disk; choose another folder")).arg(shown);
    case ENOENT:
        return say(QT_TRANSLATE_NOOP("PrivatePath", "the folder %1 does not exist")).arg(shown);
    case ENAMETOOLONG:
        return say(QT_TRANSLATE_NOOP("PrivatePath", "the name %1 is too long")).arg(shown);
    default:
        return say(QT_TRANSLATE_NOOP("PrivatePath", "the system reports error %1")).arg(error);
    }
}

bool createFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace PrivatePath
