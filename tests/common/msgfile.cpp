#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-utils.h>

#include "msgfile.h"

#include <QtEndian>

namespace {

QString streamName(quint16 id, quint16 type)
{
    return QStringLiteral("__substg1.0_") + QStringLiteral("%1%2").arg(id, 4, 16, QLatin1Char('0')).arg(type, 4, 16, QLatin1Char('0')).toUpper();
}

QByteArray entry(quint16 id, quint16 type, const QByteArray &value)
{
    QByteArray bytes(16, '\0');
    qToLittleEndian<quint32>((quint32(id) << 16) | type, bytes.data());
    qToLittleEndian<quint32>(6, bytes.data() + 4);   // readable, writable
    bytes.replace(8, value.size(), value);
    return bytes;
}

QByteArray sizeValue(qint64 size)
{
    QByteArray value(8, '\0');
    qToLittleEndian<quint32>(quint32(size), value.data());
    return value;
}

void writeStream(GsfOutfile *parent, const QString &name, const QByteArray &bytes)
{
    GsfOutput *out = gsf_outfile_new_child(parent, name.toUtf8().constData(), FALSE);
    gsf_output_write(out, size_t(bytes.size()), reinterpret_cast<const guint8 *>(bytes.constData()));
    gsf_output_close(out);
    g_object_unref(out);
}

} // namespace

MsgFile &MsgFile::unicode(quint16 id, const QString &text)
{
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    m_entries += entry(id, 0x001F, sizeValue(bytes.size() + 2));
    m_streams.insert(streamName(id, 0x001F), bytes);
    return *this;
}

MsgFile &MsgFile::string8(quint16 id, const QString &text, const char *codePage)
{
    const QByteArray utf8 = text.toUtf8();
    gsize written = 0;
    gchar *converted = g_convert(utf8.constData(), utf8.size(), codePage, "UTF-8", nullptr, &written, nullptr);
    const QByteArray bytes(converted, qsizetype(written));
    g_free(converted);
    m_entries += entry(id, 0x001E, sizeValue(bytes.size() + 1));
    m_streams.insert(streamName(id, 0x001E), bytes);
    return *this;
}

MsgFile &MsgFile::binary(quint16 id, const QByteArray &bytes, qint64 statedSize)
{
    m_entries += entry(id, 0x0102, sizeValue(statedSize >= 0 ? statedSize : bytes.size()));
    m_streams.insert(streamName(id, 0x0102), bytes);
    return *this;
}

MsgFile &MsgFile::integer(quint16 id, qint32 value)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian<qint32>(value, bytes.data());
    m_entries += entry(id, 0x0003, bytes);
    return *this;
}

MsgFile &MsgFile::time(quint16 id, const QDateTime &when)
{
    QByteArray bytes(8, '\0');
    const quint64 ticks = quint64(when.toSecsSinceEpoch() + 11644473600LL) * 10000000ULL;
    qToLittleEndian<quint64>(ticks, bytes.data());
    m_entries += entry(id, 0x0040, bytes);
    return *this;
}

MsgFile &MsgFile::stream(const QString &name, const QByteArray &bytes)
{
    m_streams.insert(name, bytes);
    return *this;
}

MsgFile &MsgFile::recipient(const MsgFile &recipient)
{
    m_recipients.append(recipient);
    return *this;
}

MsgFile &MsgFile::attachment(const MsgFile &attachment)
{
    m_attachments.append(attachment);
    return *this;
}

MsgFile &MsgFile::embedded(const MsgFile &message)
{
    m_embedded = { message };
    m_entries += entry(0x3701, 0x000D, sizeValue(0xFFFFFFFF));
    return *this;
}

QByteArray MsgFile::properties() const
{
    const int header = m_kind == Kind::Message ? 32 : m_kind == Kind::Embedded ? 24 : 8;
    QByteArray bytes(header, '\0');
    if (m_kind != Kind::Other) {
        qToLittleEndian<quint32>(quint32(m_recipients.size()), bytes.data() + 8);
        qToLittleEndian<quint32>(quint32(m_attachments.size()), bytes.data() + 12);
        qToLittleEndian<quint32>(quint32(m_recipients.size()), bytes.data() + 16);
        qToLittleEndian<quint32>(quint32(m_attachments.size()), bytes.data() + 20);
    }
    return bytes + m_entries;
}

void writeStorage(const MsgFile &file, void *target)
{
    auto *outfile = static_cast<GsfOutfile *>(target);
    writeStream(outfile, QStringLiteral("__properties_version1.0"), file.properties());
    for (auto it = file.m_streams.cbegin(); it != file.m_streams.cend(); ++it)
        writeStream(outfile, it.key(), it.value());
    auto storage = [&](const QString &name, const MsgFile &child) {
        GsfOutput *out = gsf_outfile_new_child(outfile, name.toUtf8().constData(), TRUE);
        writeStorage(child, out);
        gsf_output_close(out);
        g_object_unref(out);
    };
    for (int i = 0; i < file.m_recipients.size(); ++i)
        storage(QStringLiteral("__recip_version1.0_#") + QStringLiteral("%1").arg(i, 8, 16, QLatin1Char('0')).toUpper(), file.m_recipients.at(i));
    for (int i = 0; i < file.m_attachments.size(); ++i)
        storage(QStringLiteral("__attach_version1.0_#") + QStringLiteral("%1").arg(i, 8, 16, QLatin1Char('0')).toUpper(), file.m_attachments.at(i));
    for (const MsgFile &message : file.m_embedded)
        storage(QStringLiteral("__substg1.0_3701000D"), message);
}

QByteArray MsgFile::bytes() const
{
    gsf_init();
    GsfOutput *memory = gsf_output_memory_new();
    GsfOutfile *file = gsf_outfile_msole_new(memory);
    writeStorage(*this, file);
    if (m_kind == Kind::Message) {
        GsfOutput *names = gsf_outfile_new_child(file, "__nameid_version1.0", TRUE);
        for (const char *stream : { "__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102" })
            writeStream(GSF_OUTFILE(names), QString::fromLatin1(stream), QByteArray());
        gsf_output_close(names);
        g_object_unref(names);
    }
    gsf_output_close(GSF_OUTPUT(file));
    g_object_unref(file);
    const QByteArray result(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(memory))),
                            qsizetype(gsf_output_size(memory)));
    g_object_unref(memory);
    return result;
}

QByteArray MsgFile::compressRtf(const QByteArray &rtf)
{
    QByteArray body;
    for (qsizetype at = 0; at < rtf.size(); at += 8) {
        body.append('\0');                   // eight literals follow
        body.append(rtf.mid(at, 8));
    }
    // The end marker: a reference to the current write position of the dictionary.
    const int position = (207 + int(rtf.size())) % 4096;
    if (rtf.size() % 8 == 0)
        body.append('\x01');
    else
        body[body.size() - 1 - (rtf.size() % 8)] = char(1 << (rtf.size() % 8));
    const quint16 token = quint16(position << 4);
    body.append(char(token >> 8));
    body.append(char(token & 0xFF));
    QByteArray header(16, '\0');
    qToLittleEndian<quint32>(quint32(body.size() + 12), header.data());
    qToLittleEndian<quint32>(quint32(rtf.size()), header.data() + 4);
    qToLittleEndian<quint32>(0x75465a4c, header.data() + 8);
    return header + body;
}
