#include "tnefreader.h"

#include "compressedrtf.h"
#include "outlookstorage.h"
#include "rtftext.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QMimeDatabase>
#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

// libytnef's headers define WORD, DWORD and the MAPI names as macros: they come last.
extern "C" {
#include <ytnef.h>
}

namespace {

constexpr int TimeoutMs = 30000;

// What the child hands back, one record after another: kind, name, data.
enum Record : quint8 { File = 'F', FileUtf8Name = 'U', PlainBody = 'B', RtfBody = 'R', Unreadable = 'X' };

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= size_t(written);
    }
    return true;
}

bool writeRecord(int fd, Record kind, const void *name, quint32 nameSize, const void *data, quint32 dataSize)
{
    char header[9];
    header[0] = char(kind);
    qToLittleEndian<quint32>(nameSize, header + 1);
    qToLittleEndian<quint32>(dataSize, header + 5);
    return writeAll(fd, header, sizeof header) && writeAll(fd, static_cast<const char *>(name), nameSize)
        && writeAll(fd, static_cast<const char *>(data), dataSize);
}

variableLength *property(MAPIProps *props, unsigned int type, unsigned int id)
{
    variableLength *found = MAPIFindProperty(props, PROP_TAG(type, id));
    return found == MAPI_UNDEFINED || !found || found->size <= 0 || !found->data ? nullptr : found;
}

// Runs in the child: parses and writes the records, nothing else.
[[noreturn]] void childMain(int fd, QByteArray &bytes)
{
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) {
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
    }
    TNEFStruct tnef;
    TNEFInitialize(&tnef);
    tnef.Debug = 0;
    if (TNEFParseMemory(reinterpret_cast<BYTE *>(bytes.data()), long(bytes.size()), &tnef) < 0)
        _exit(3);
    bool ok = true;
    if (tnef.body.size > 0 && tnef.body.data)
        ok = ok && writeRecord(fd, PlainBody, "", 0, tnef.body.data, quint32(tnef.body.size));
    if (variableLength *rtf = property(&tnef.MapiProperties, PT_BINARY, 0x1009))
        ok = ok && writeRecord(fd, RtfBody, "", 0, rtf->data, quint32(rtf->size));
    for (Attachment *a = tnef.starting_attach.next; a && ok; a = a->next) {
        variableLength *longName = property(&a->MAPI, PT_UNICODE, 0x3707);   // already UTF-8
        variableLength *name = longName ? longName : property(&a->MAPI, PT_STRING8, 0x3707);
        if (!name && a->Title.size > 0 && a->Title.data)
            name = &a->Title;
        const void *nameData = name ? static_cast<const void *>(name->data) : "";
        const quint32 nameSize = name ? quint32(qstrnlen(reinterpret_cast<const char *>(name->data), uint(name->size))) : 0;
        if (a->FileData.size > 0 && a->FileData.data)
            ok = writeRecord(fd, longName ? FileUtf8Name : File, nameData, nameSize, a->FileData.data, quint32(a->FileData.size));
        else
            ok = writeRecord(fd, Unreadable, nameData, nameSize, "", 0);
    }
    _exit(ok ? 0 : 4);
}

QString childProblem(int status)
{
    if (WIFSIGNALED(status))
        return TnefReader::tr("reading it stopped with signal %1").arg(WTERMSIG(status));
    return TnefReader::tr("the file is damaged or not complete");
}

} // namespace

bool TnefReader::isTnef(const QByteArray &bytes)
{
    return bytes.size() >= 6 && qFromLittleEndian<quint32>(bytes.constData()) == 0x223E9F78;
}

TnefReader::Content TnefReader::unpack(const QByteArray &bytes)
{
    Content content;
    if (!isTnef(bytes)) {
        content.problem = tr("the file is not a winmail.dat (TNEF) file");
        return content;
    }
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        content.problem = tr("no reader process could be started (%1)").arg(QString::fromLocal8Bit(strerror(errno)));
        return content;
    }
    QByteArray copy(bytes.constData(), bytes.size());   // the child may scribble on its own copy only
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        childMain(pipeFds[1], copy);
    }
    ::close(pipeFds[1]);
    if (child < 0) {
        ::close(pipeFds[0]);
        content.problem = tr("no reader process could be started (%1)").arg(QString::fromLocal8Bit(strerror(errno)));
        return content;
    }
    // Nothing inside can be larger than the file and its names written out as UTF-8.
    const qsizetype limit = bytes.size() * 2 + 1024 * 1024;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    bool timedOut = false;
    for (;;) {
        pollfd wait { pipeFds[0], POLLIN, 0 };
        const int left = int(TimeoutMs - timer.elapsed());
        const int ready = left > 0 ? ::poll(&wait, 1, left) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = true;
            break;
        }
        char buffer[65536];
        const ssize_t got = ::read(pipeFds[0], buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        out.append(buffer, got);
        if (out.size() > limit) {
            timedOut = true;
            break;
        }
    }
    ::close(pipeFds[0]);
    if (timedOut)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        content.problem = timedOut ? tr("reading it took too long") : childProblem(status);
        return content;
    }

    QByteArray plain;
    QMimeDatabase types;
    for (qsizetype at = 0; at < out.size();) {
        if (at + 9 > out.size())
            break;
        const Record kind = Record(quint8(out.at(at)));
        const quint32 nameSize = qFromLittleEndian<quint32>(out.constData() + at + 1);
        const quint32 dataSize = qFromLittleEndian<quint32>(out.constData() + at + 5);
        at += 9;
        if (qint64(nameSize) + dataSize > out.size() - at)
            break;
        const QByteArray name = out.mid(at, nameSize);
        const QByteArray data = out.mid(at + nameSize, dataSize);
        at += qsizetype(nameSize) + dataSize;
        const QString fileName = kind == FileUtf8Name ? QString::fromUtf8(name) : OutlookStorage::decode(name, 1252);
        switch (kind) {
        case PlainBody:
            plain = data;
            break;
        case RtfBody:
            if (content.text.isEmpty())
                if (const std::optional<QByteArray> rtf = CompressedRtf::decompress(data))
                    content.text = RtfText::toPlainText(*rtf);
            break;
        case File:
        case FileUtf8Name: {
            MailParser::Part part;
            part.fileName = fileName.trimmed().isEmpty() ? QStringLiteral("bijlage-%1").arg(content.files.size() + 1) : fileName.trimmed();
            part.data = data;
            part.mimeType = types.mimeTypeForFileNameAndData(part.fileName, data).name();
            content.files.append(part);
            break;
        }
        case Unreadable:
            content.notes.append(tr("The part \"%1\" of winmail.dat holds no file (an embedded object or a "
                                    "link); winmail.dat is kept as it came.").arg(fileName));
            break;
        }
    }
    if (!plain.trimmed().isEmpty())
        content.text = OutlookStorage::decode(plain, 1252).trimmed();
    content.read = true;
    return content;
}
