// libgsf's headers come first: GLib uses names that Qt defines as macros (signals, slots).
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>

#include "msgparser.h"

#include "compressedrtf.h"
#include "outlookstorage.h"
#include "rtftext.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace {

// Property ids of [MS-OXPROPS] that a filed mail needs.
enum : quint16 {
    Subject = 0x0037,
    ClientSubmitTime = 0x0039,
    SentRepresentingName = 0x0042,
    SentRepresentingAddressType = 0x0064,
    SentRepresentingEmail = 0x0065,
    TransportHeaders = 0x007D,
    SenderName = 0x0C1A,
    SenderAddressType = 0x0C1E,
    SenderEmail = 0x0C1F,
    RecipientType = 0x0C15,
    DisplayTo = 0x0E04,
    DeliveryTime = 0x0E06,
    Body = 0x1000,
    RtfCompressed = 0x1009,
    Html = 0x1013,
    DisplayName = 0x3001,
    AddressType = 0x3002,
    EmailAddress = 0x3003,
    AttachData = 0x3701,
    AttachFileName = 0x3704,
    AttachMethod = 0x3705,
    AttachLongFileName = 0x3707,
    AttachMimeTag = 0x370E,
    SmtpAddress = 0x39FE,
    InternetCodePage = 0x3FDE,
    MessageCodePage = 0x3FFD,
    SenderSmtpAddress = 0x5D01,
    SentRepresentingSmtpAddress = 0x5D02,
};

constexpr int MaxDepth = MailParser::MaxDepth;
const QString EmbeddedStorage = QStringLiteral("__substg1.0_3701000D");
const QString Properties = QStringLiteral("__properties_version1.0");
const QString NameMap = QStringLiteral("__nameid_version1.0");

QString address(const QString &name, const QString &mail)
{
    if (mail.isEmpty() || mail == name)
        return name;
    if (name.isEmpty())
        return mail;
    return QStringLiteral("%1 <%2>").arg(name, mail);
}

// An Exchange address (/O=…/CN=…) says nothing to a reader; an SMTP address does.
QString smtpOf(const OutlookStorage &storage, quint16 smtp, quint16 type, quint16 email)
{
    const QString direct = storage.string(smtp);
    if (!direct.isEmpty())
        return direct;
    const QString kind = storage.string(type);
    const QString value = storage.string(email);
    if (kind.compare(QStringLiteral("EX"), Qt::CaseInsensitive) == 0 || value.startsWith(QLatin1Char('/')))
        return QString();
    return value;
}

QString headerValue(const QString &headers, const QString &name)
{
    const QRegularExpression line(QStringLiteral("^%1:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)").arg(name),
                                  QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = line.match(headers);
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

// Copies a storage into `target`; the property stream of an embedded message gets the eight
// reserved bytes a top-level message's header has.
void copyStorage(GsfInfile *source, GsfOutfile *target, bool embeddedRoot, bool *ok)
{
    const int count = gsf_infile_num_children(source);
    for (int i = 0; i < count && *ok; ++i) {
        const char *name = gsf_infile_name_by_index(source, i);
        GsfInput *child = gsf_infile_child_by_index(source, i);
        if (!child || !name) {
            *ok = false;
            break;
        }
        const bool folder = GSF_IS_INFILE(child) && gsf_infile_num_children(GSF_INFILE(child)) >= 0;
        GsfOutput *out = gsf_outfile_new_child(target, name, folder);
        if (!out) {
            *ok = false;
        } else if (folder) {
            copyStorage(GSF_INFILE(child), GSF_OUTFILE(out), false, ok);
        } else {
            const gsf_off_t size = gsf_input_size(child);
            QByteArray bytes(qsizetype(std::max<gsf_off_t>(size, 0)), '\0');
            if (size > 0 && !gsf_input_read(child, size_t(size), reinterpret_cast<guint8 *>(bytes.data())))
                *ok = false;
            if (embeddedRoot && QLatin1String(name) == Properties && bytes.size() >= 24)
                bytes.insert(24, QByteArray(8, '\0'));
            if (!bytes.isEmpty())
                gsf_output_write(out, size_t(bytes.size()), reinterpret_cast<const guint8 *>(bytes.constData()));
        }
        if (out) {
            gsf_output_close(out);
            g_object_unref(out);
        }
        g_object_unref(child);
    }
}

// The embedded message as a .msg file of its own, with the named-property map of the outer one.
QByteArray standalone(const OutlookStorage &root, const OutlookStorage &embedded)
{
    GsfOutput *memory = gsf_output_memory_new();
    GsfOutfile *file = gsf_outfile_msole_new(memory);
    bool ok = file != nullptr;
    if (ok) {
        copyStorage(embedded.infile(), file, true, &ok);
        if (ok && root.hasStorage(NameMap) && !embedded.hasStorage(NameMap)) {
            GsfInput *names = gsf_infile_child_by_name(root.infile(), NameMap.toUtf8().constData());
            GsfOutput *out = gsf_outfile_new_child(file, NameMap.toUtf8().constData(), TRUE);
            if (names && out)
                copyStorage(GSF_INFILE(names), GSF_OUTFILE(out), false, &ok);
            if (out) {
                gsf_output_close(out);
                g_object_unref(out);
            }
            if (names)
                g_object_unref(names);
        }
        gsf_output_close(GSF_OUTPUT(file));
        g_object_unref(file);
    }
    QByteArray result;
    if (ok)
        result = QByteArray(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(memory))),
                            qsizetype(gsf_output_size(memory)));
    g_object_unref(memory);
    return result;
}

class Reader
{
public:
    explicit Reader(const OutlookStorage &root)
        : m_root(root)
    {
    }

    MailParser::Mail read(OutlookStorage message, OutlookStorage::Kind kind, int depth)
    {
        MailParser::Mail mail;
        message.readProperties(kind);
        const int codePage = message.integer(MessageCodePage).value_or(message.integer(InternetCodePage).value_or(1252));
        message.setCodePage(codePage);
        const QString headers = message.string(TransportHeaders);

        mail.subject = message.string(Subject).simplified();
        mail.date = message.time(ClientSubmitTime);
        if (!mail.date.isValid())
            mail.date = message.time(DeliveryTime);
        mail.from = address(message.string(SenderName),
                            smtpOf(message, SenderSmtpAddress, SenderAddressType, SenderEmail));
        if (mail.from.isEmpty())
            mail.from = address(message.string(SentRepresentingName),
                                smtpOf(message, SentRepresentingSmtpAddress, SentRepresentingAddressType, SentRepresentingEmail));
        if (mail.from.isEmpty())
            mail.from = headerValue(headers, QStringLiteral("From"));
        mail.to = recipients(message, codePage);
        if (mail.to.isEmpty())
            mail.to = message.string(DisplayTo);
        mail.text = body(message, codePage);
        attachments(message, codePage, depth, mail);
        if (!message.problem().isEmpty() && mail.subject.isEmpty() && mail.from.isEmpty() && mail.text.isEmpty()) {
            mail.problem = message.problem();
            return mail;
        }
        mail.parsed = !(mail.from.isEmpty() && mail.subject.isEmpty() && mail.text.isEmpty() && mail.attachments.isEmpty());
        if (!mail.parsed)
            mail.problem = MsgParser::tr("the file holds no sender, subject, text or attachment of a mail");
        return mail;
    }

private:
    QString recipients(const OutlookStorage &message, int codePage)
    {
        QStringList to;
        for (const OutlookStorage &recipient : message.children(QStringLiteral("__recip_version1.0_#"),
                                                                 OutlookStorage::Kind::Other, codePage)) {
            if (recipient.integer(RecipientType).value_or(1) != 1)
                continue;   // Cc and Bcc
            const QString entry = address(recipient.string(DisplayName),
                                          smtpOf(recipient, SmtpAddress, AddressType, EmailAddress));
            if (!entry.isEmpty())
                to.append(entry);
        }
        return to.join(QStringLiteral(", "));
    }

    QString body(const OutlookStorage &message, int codePage)
    {
        const QString plain = message.string(Body).trimmed();
        if (!plain.isEmpty())
            return plain;
        QString html;
        if (const std::optional<QByteArray> bytes = message.binary(Html))
            html = OutlookStorage::decode(*bytes, message.integer(InternetCodePage).value_or(codePage));
        else
            html = message.string(Html);
        if (!html.trimmed().isEmpty())
            return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
        if (const std::optional<QByteArray> compressed = message.binary(RtfCompressed)) {
            if (const std::optional<QByteArray> rtf = CompressedRtf::decompress(*compressed))
                return RtfText::toPlainText(*rtf);
        }
        return QString();
    }

    void attachments(const OutlookStorage &message, int codePage, int depth, MailParser::Mail &mail)
    {
        int number = 0;
        for (const OutlookStorage &attachment : message.children(QStringLiteral("__attach_version1.0_#"),
                                                                  OutlookStorage::Kind::Other, codePage)) {
            ++number;
            MailParser::Part part;
            part.fileName = attachment.string(AttachLongFileName).trimmed();
            if (part.fileName.isEmpty())
                part.fileName = attachment.string(AttachFileName).trimmed();
            if (part.fileName.isEmpty())
                part.fileName = attachment.string(DisplayName).trimmed();
            part.mimeType = attachment.string(AttachMimeTag).trimmed().toLower();
            if (attachment.hasStorage(EmbeddedStorage)) {
                if (!embedded(attachment, codePage, depth, part, mail))
                    continue;
            } else if (std::optional<QByteArray> data = attachment.binary(AttachData, &part.damage)) {
                part.data = *data;
                MailParser::readAttachedMail(part, depth + 1);
            } else {
                const int method = attachment.integer(AttachMethod).value_or(1);
                // 2–4: a link to a file elsewhere; there is nothing to store.
                if (method >= 2 && method <= 4)
                    mail.notes.append(MsgParser::tr("The attachment \"%1\" is a link to a file elsewhere; only the "
                                                    "original mail mentions it.").arg(part.fileName));
                else
                    mail.notes.append(MsgParser::tr("Attachment %1 of the mail has no content that can be read; the "
                                                    "original mail is kept.").arg(number));
                continue;
            }
            if (part.fileName.isEmpty())
                part.fileName = QStringLiteral("bijlage-%1").arg(number);
            if (part.mimeType.isEmpty())
                part.mimeType = QStringLiteral("application/octet-stream");
            mail.attachments.append(part);
        }
    }

    bool embedded(const OutlookStorage &attachment, int codePage, int depth, MailParser::Part &part, MailParser::Mail &mail)
    {
        const std::optional<OutlookStorage> inner = attachment.storage(EmbeddedStorage, OutlookStorage::Kind::EmbeddedMessage, codePage);
        if (!inner || !inner->problem().isEmpty()) {
            mail.notes.append(MsgParser::tr("The attachment \"%1\" is an object that is not a mail; the original "
                                            "mail holds it.").arg(part.fileName));
            return false;
        }
        if (depth >= MaxDepth) {
            mail.notes.append(MsgParser::tr("The attached mail \"%1\" lies deeper than %2 mails inside each other; "
                                            "the original mail holds it.").arg(part.fileName).arg(MaxDepth));
            return false;
        }
        auto message = std::make_shared<MailParser::Mail>(read(*inner, OutlookStorage::Kind::EmbeddedMessage, depth + 1));
        part.data = standalone(m_root, *inner);
        const QString subject = message->subject.isEmpty() ? QStringLiteral("bericht") : message->subject.left(60);
        part.fileName = QString(subject).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".msg");
        part.mimeType = QStringLiteral("application/vnd.ms-outlook");
        part.message = message;
        return true;
    }

    const OutlookStorage &m_root;
};

} // namespace

MailParser::Mail MsgParser::parse(const QByteArray &msg, int depth)
{
    const OutlookStorage root = OutlookStorage::open(msg);
    if (!root.isValid()) {
        MailParser::Mail mail;
        mail.problem = root.problem();
        return mail;
    }
    Reader reader(root);
    MailParser::Mail mail = reader.read(root, OutlookStorage::Kind::Message, depth);
    if (!mail.parsed && mail.problem.isEmpty())
        mail.problem = tr("the file is no Outlook message");
    return mail;
}
