#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// Builds Outlook .msg files ([MS-OXMSG]) from known values for the tests, written as OLE
// compound files by libgsf: a storage holds its property entries and `__substg1.0_` streams,
// recipients, attachments and (in an attachment) an embedded message.
class MsgFile
{
public:
    enum class Kind { Message, Embedded, Other };

    explicit MsgFile(Kind kind = Kind::Message) : m_kind(kind) {}

    MsgFile &unicode(quint16 id, const QString &text);
    // 8-bit text in `codePage` (1252, 1251, …), converted by iconv.
    MsgFile &string8(quint16 id, const QString &text, const char *codePage);
    MsgFile &binary(quint16 id, const QByteArray &bytes, qint64 statedSize = -1);
    MsgFile &integer(quint16 id, qint32 value);
    MsgFile &time(quint16 id, const QDateTime &when);
    MsgFile &stream(const QString &name, const QByteArray &bytes);
    MsgFile &recipient(const MsgFile &recipient);
    MsgFile &attachment(const MsgFile &attachment);
    // In an attachment: the message it holds.
    MsgFile &embedded(const MsgFile &message);

    QByteArray bytes() const;

    // Outlook's compressed RTF in its "LZFu" form, written with literals only.
    static QByteArray compressRtf(const QByteArray &rtf);

private:
    QByteArray properties() const;
    Kind m_kind;
    QByteArray m_entries;
    QMap<QString, QByteArray> m_streams;
    QList<MsgFile> m_recipients;
    QList<MsgFile> m_attachments;
    QList<MsgFile> m_embedded;

    friend void writeStorage(const MsgFile &file, void *outfile);
};
