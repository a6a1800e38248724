#include "auditedoutput.h"

#include "../storage/privatepath.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Temporary files being written, as plain paths a signal handler can unlink: the file and the
// one a writer of its own may make beside it first (a backup's "….part").
constexpr int Slots = 16;
constexpr int PathBytes = 4096;
char unfinished[Slots][PathBytes];
char unfinishedPart[Slots][PathBytes];
std::atomic<bool> used[Slots];

int claim(const QByteArray &path)
{
    const QByteArray part = path + ".part";
    if (part.size() >= PathBytes)
        return -1;
    for (int i = 0; i < Slots; ++i) {
        bool expected = false;
        if (used[i].compare_exchange_strong(expected, true)) {
            std::memcpy(unfinished[i], path.constData(), size_t(path.size()) + 1);
            std::memcpy(unfinishedPart[i], part.constData(), size_t(part.size()) + 1);
            return i;
        }
    }
    return -1;
}

void release(int slot)
{
    if (slot >= 0)
        used[slot].store(false);
}

extern "C" void removeAndEnd(int signal)
{
    for (int i = 0; i < Slots; ++i)
        if (used[i].load()) {
            ::unlink(unfinished[i]);
            ::unlink(unfinishedPart[i]);
        }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString AuditedOutput::reason(int error, const QString &path)
{
    return PrivatePath::reason(error, path);
}

AuditedOutput::AuditedOutput(const QString &target) : m_target(QFileInfo(target).absoluteFilePath())
{
    const QFileInfo folder(QFileInfo(m_target).absolutePath());
    if (!folder.isDir())
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be written: %2")
                                                          .arg(native(m_target), reason(ENOENT, folder.filePath())));
    if (QFileInfo(m_target).isDir())
        throw StorageError(StorageError::Kind::Failed, tr("%1 is a folder; choose a file name.").arg(native(m_target)));
    m_part = QStringLiteral("%1.%2.part").arg(m_target).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_slot = claim(QFile::encodeName(m_part));
}

AuditedOutput::~AuditedOutput()
{
    if (!m_published)
        for (const char *suffix : { "", "-journal", "-wal", "-shm", ".part" })
            QFile::remove(m_part + QLatin1String(suffix));
    release(m_slot);
}

void AuditedOutput::write(const QByteArray &bytes)
{
    write([&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

void AuditedOutput::write(const std::function<bool(QIODevice &)> &writer)
{
    const QString folder = QFileInfo(m_target).absolutePath();
    const auto fail = [&](int error) {
        throw StorageError(StorageError::Kind::Failed,
                           tr("%1 cannot be written: %2").arg(native(m_target), reason(error, folder)));
    };
    // Created readable by the owner only, whatever the umask.
    const int fd = ::open(QFile::encodeName(m_part).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail(errno);
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        ::close(fd);
        fail(EIO);
    }
    errno = 0;
    bool written = false;
    try {
        written = writer(file) && file.flush();
    } catch (...) {
        file.close();
        ::close(fd);
        throw;
    }
    const int writeError = errno;
    file.close();
    if (!written) {
        ::close(fd);
        fail(writeError != 0 ? writeError : ENOSPC);
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        fail(error);
    }
    if (::close(fd) != 0)
        fail(errno);
}

void AuditedOutput::rename()
{
    QFile::setPermissions(m_part, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(QFile::encodeName(m_part).constData(), QFile::encodeName(m_target).constData()) != 0)
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be written: %2")
                                                          .arg(native(m_target), reason(errno, QFileInfo(m_target).absolutePath())));
    m_published = true;
}

void AuditedOutput::publish(Transaction &tx)
{
    if (!QFileInfo::exists(m_part))
        throw StorageError(StorageError::Kind::Failed, tr("%1 cannot be written: nothing was written.").arg(native(m_target)));
    tx.commit();
    rename();
}

void AuditedOutput::publish(Database &db, const AccessScope &who, const QString &action, const QString &entity, qint64 id,
                            const QString &detail)
{
    Transaction tx(db, who);
    tx.logEvent(action, entity, id, detail);
    publish(tx);
}

void AuditedOutput::removeUnfinishedOnSignals()
{
    for (const int signal : { SIGINT, SIGTERM, SIGHUP })
        std::signal(signal, removeAndEnd);
}
