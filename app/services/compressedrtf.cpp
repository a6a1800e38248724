#include "compressedrtf.h"

#include <QtEndian>

namespace {

constexpr quint32 Compressed = 0x75465a4c;     // "LZFu"
constexpr quint32 Stored = 0x414c454d;         // "MELA"
constexpr qsizetype MaxBody = 64 * 1024 * 1024;

} // namespace

QByteArray CompressedRtf::initialDictionary()
{
    return QByteArrayLiteral("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss "
                             "\\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier"
                             "{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx");
}

std::optional<QByteArray> CompressedRtf::decompress(const QByteArray &stream, QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<QByteArray> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (stream.size() < 16)
        return fail(tr("the compressed RTF body is shorter than its header"));
    const quint32 compressedSize = qFromLittleEndian<quint32>(stream.constData());
    const quint32 rawSize = qFromLittleEndian<quint32>(stream.constData() + 4);
    const quint32 type = qFromLittleEndian<quint32>(stream.constData() + 8);
    if (rawSize > MaxBody)
        return fail(tr("the compressed RTF body states an implausible size (%1 bytes)").arg(rawSize));
    if (compressedSize < 12 || qint64(compressedSize) + 4 > stream.size())
        return fail(tr("the compressed RTF body is cut off"));
    const qsizetype end = qsizetype(compressedSize) + 4;
    if (type == Stored) {
        if (qint64(rawSize) > end - 16)
            return fail(tr("the compressed RTF body is cut off"));
        return stream.mid(16, qsizetype(rawSize));
    }
    if (type != Compressed)
        return fail(tr("the RTF body is compressed in an unknown way"));

    char dictionary[4096] = {};
    const QByteArray initial = initialDictionary();
    std::copy(initial.cbegin(), initial.cend(), dictionary);
    int write = int(initial.size());
    QByteArray out;
    out.reserve(qsizetype(rawSize));
    qsizetype at = 16;
    while (at < end) {
        const quint8 control = quint8(stream.at(at++));
        for (int bit = 0; bit < 8; ++bit) {
            if (at >= end)
                break;
            if (!(control & (1 << bit))) {
                const char c = stream.at(at++);
                out.append(c);
                dictionary[write] = c;
                write = (write + 1) % 4096;
            } else {
                if (at + 2 > end)
                    return fail(tr("the compressed RTF body is cut off"));
                const quint16 token = qFromBigEndian<quint16>(stream.constData() + at);
                at += 2;
                const int offset = token >> 4;
                const int length = (token & 0xF) + 2;
                if (offset == write)
                    return out.left(qsizetype(rawSize));   // the end marker
                for (int i = 0; i < length; ++i) {
                    const char c = dictionary[(offset + i) % 4096];
                    out.append(c);
                    dictionary[write] = c;
                    write = (write + 1) % 4096;
                }
            }
            if (out.size() > MaxBody)
                return fail(tr("the compressed RTF body unpacks to more than it states"));
        }
    }
    return out.left(qsizetype(rawSize));
}
