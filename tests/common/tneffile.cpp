#include "tneffile.h"

#include <QtEndian>

namespace TnefFile {

QByteArray attribute(quint8 level, quint32 id, const QByteArray &data)
{
    QByteArray bytes(9, '\0');
    bytes[0] = char(level);
    qToLittleEndian<quint32>(id, bytes.data() + 1);
    qToLittleEndian<quint32>(quint32(data.size()), bytes.data() + 5);
    quint16 sum = 0;
    for (const char c : data)
        sum = quint16(sum + quint8(c));
    QByteArray checksum(2, '\0');
    qToLittleEndian<quint16>(sum, checksum.data());
    return bytes + data + checksum;
}

QByteArray make(const QList<std::pair<QByteArray, QByteArray>> &files, const QByteArray &extra)
{
    QByteArray out(6, '\0');
    qToLittleEndian<quint32>(0x223E9F78, out.data());
    qToLittleEndian<quint16>(0x0101, out.data() + 4);
    out += attribute(1, 0x00089006, QByteArray("\x00\x00\x01\x00", 4));   // attTnefVersion
    out += attribute(1, 0x00018004, QByteArray("Verslag\0", 8));            // attSubject
    out += attribute(1, 0x0002800C, QByteArray("Tekst uit winmail.dat"));  // attBody
    for (const auto &[name, data] : files) {
        out += attribute(2, 0x00069002, QByteArray(14, '\0'));             // attAttachRenddata: a new attachment
        out += attribute(2, 0x00018010, name + QByteArray(1, '\0'));       // attAttachTitle
        out += attribute(2, 0x0006800F, data);                             // attAttachData
    }
    return out + extra;
}

QByteArray unknownMapiType()
{
    QByteArray mapi(4, '\0');
    qToLittleEndian<quint32>(1, mapi.data());                               // one property
    mapi += QByteArray("\x77\x77\x37\x00", 4) + QByteArray(8, '\0');        // of type 0x7777
    return attribute(1, 0x00069003, mapi);                                 // attMAPIProps
}

} // namespace TnefFile
