// GMime's headers come first: GLib uses names that Qt defines as macros (signals, slots).
#include <gmime/gmime.h>

#include "mailparser.h"

#include "msgparser.h"
#include "tnefreader.h"

#include <QTextDocumentFragment>

namespace {

void initialise()
{
    static const bool done = [] {
        g_mime_init();
        return true;
    }();
    Q_UNUSED(done);
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray result(reinterpret_cast<const char *>(bytes->data), int(bytes->len));
    g_object_unref(out);
    return result;
}

// GMime decodes base64 leniently: characters outside the alphabet are skipped and padding in the
// middle ends the content, so a damaged part decodes to a shorter file without a word. The raw
// encoded text is checked here instead.
QString base64Damage(const QByteArray &raw)
{
    qsizetype significant = 0;
    bool padded = false;
    for (const char c : raw) {
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (alphabet) {
            if (padded)
                return MailParser::tr("padding (=) in the middle of the content: everything after it would be lost");
            ++significant;
        } else if (c == '=') {
            padded = true;
            ++significant;
        } else if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
            return MailParser::tr("characters that do not belong in base64");
        }
    }
    if (significant % 4 != 0)
        return MailParser::tr("the content is cut off (incomplete base64)");
    return QString();
}

QString damageOf(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content || g_mime_data_wrapper_get_encoding(content) != GMIME_CONTENT_ENCODING_BASE64)
        return QString();
    GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
    if (!raw)
        return QString();
    g_mime_stream_reset(raw);
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_stream_write_to_stream(raw, out);
    g_mime_stream_reset(raw);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    const QString damage = base64Damage(QByteArray(reinterpret_cast<const char *>(bytes->data), int(bytes->len)));
    g_object_unref(out);
    return damage;
}

QString mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    char *name = g_mime_content_type_get_mime_type(type);
    const QString result = QString::fromUtf8(name).toLower();
    g_free(name);
    return result;
}

MailParser::Mail parseAt(const QByteArray &eml, int depth);

struct Walk {
    int depth = 0;
    QString plain;
    QString html;
    QString tnefText;
    QList<MailParser::Part> attachments;
    QStringList notes;
};

bool isTnefPart(const MailParser::Part &part)
{
    return part.mimeType == QLatin1String("application/ms-tnef") || part.mimeType == QLatin1String("application/vnd.ms-tnef")
        || part.fileName.compare(QLatin1String("winmail.dat"), Qt::CaseInsensitive) == 0 || TnefReader::isTnef(part.data);
}

// The files inside a winmail.dat instead of the one opaque file; kept as it came when it cannot
// be unpacked whole.
void unpackTnef(Walk *walk, const MailParser::Part &part)
{
    const TnefReader::Content content = TnefReader::unpack(part.data);
    if (!content.read) {
        walk->notes.append(MailParser::tr("The attachment \"%1\" (winmail.dat from Outlook) could not be unpacked (%2); "
                                          "it is kept as it came.").arg(part.fileName, content.problem));
        walk->attachments.append(part);
        return;
    }
    walk->attachments.append(content.files);
    walk->notes.append(content.notes);
    if (!content.notes.isEmpty())
        walk->attachments.append(part);
    if (walk->tnefText.isEmpty())
        walk->tnefText = content.text;
}

void visit(GMimeObject *, GMimeObject *object, gpointer data)
{
    auto *walk = static_cast<Walk *>(data);
    if (GMIME_IS_MESSAGE_PART(object)) {
        // A mail forwarded as an attachment stays a mail file.
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!inner)
            return;
        GMimeStream *out = g_mime_stream_mem_new();
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, out);
        GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
        MailParser::Part part;
        part.data = QByteArray(reinterpret_cast<const char *>(bytes->data), int(bytes->len));
        part.mimeType = QStringLiteral("message/rfc822");
        const QString subject = fromUtf8(g_mime_message_get_subject(inner)).simplified();
        part.fileName = (subject.isEmpty() ? QStringLiteral("bericht") : subject.left(60)) + QStringLiteral(".eml");
        part.fileName.replace(QLatin1Char('/'), QLatin1Char('-'));
        MailParser::readAttachedMail(part, walk->depth + 1);
        walk->attachments.append(part);
        g_object_unref(out);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    const QString type = mimeTypeOf(object);
    const QString fileName = fromUtf8(g_mime_part_get_filename(part));
    const bool attachment = g_mime_part_is_attachment(part) || !fileName.isEmpty();
    if (!attachment && GMIME_IS_TEXT_PART(object)) {
        char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
        const QString decoded = fromUtf8(text);
        g_free(text);
        if (type == QLatin1String("text/plain") && walk->plain.isEmpty())
            walk->plain = decoded;
        else if (type == QLatin1String("text/html") && walk->html.isEmpty())
            walk->html = decoded;
        return;
    }
    MailParser::Part found;
    found.fileName = fileName.isEmpty() ? QStringLiteral("bijlage-%1").arg(walk->attachments.size() + 1) : fileName;
    found.mimeType = type;
    found.data = decodedContent(part);
    found.damage = damageOf(part);
    if (found.damage.isEmpty() && isTnefPart(found)) {
        unpackTnef(walk, found);
        return;
    }
    MailParser::readAttachedMail(found, walk->depth + 1);
    walk->attachments.append(found);
}

QString addresses(InternetAddressList *list)
{
    if (!list || internet_address_list_length(list) == 0)
        return QString();
    char *text = internet_address_list_to_string(list, nullptr, FALSE);
    const QString result = fromUtf8(text);
    g_free(text);
    return result;
}

MailParser::Mail parseAt(const QByteArray &eml, int depth)
{
    using Mail = MailParser::Mail;
    initialise();
    Mail mail;
    // A mail has at least a header line with a colon; anything else is not a mail at all.
    if (eml.trimmed().isEmpty() || !eml.left(4096).contains(':')) {
        mail.problem = MailParser::tr("The file is not an e-mail message.");
        return mail;
    }
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(eml.constData(), size_t(eml.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
    if (!message) {
        mail.problem = MailParser::tr("The e-mail message could not be read.");
        return mail;
    }
    mail.subject = fromUtf8(g_mime_message_get_subject(message)).simplified();
    mail.from = addresses(g_mime_message_get_from(message));
    mail.to = addresses(g_mime_message_get_to(message));
    if (GDateTime *date = g_mime_message_get_date(message))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    Walk walk;
    walk.depth = depth;
    GMimeObject *body = g_mime_message_get_mime_part(message);
    if (body && !GMIME_IS_MULTIPART(body))
        visit(nullptr, body, &walk);
    else
        g_mime_message_foreach(message, visit, &walk);
    mail.text = !walk.plain.isEmpty() ? walk.plain
                                      : QTextDocumentFragment::fromHtml(walk.html).toPlainText();
    mail.text = mail.text.trimmed();
    if (mail.text.isEmpty())
        mail.text = walk.tnefText;
    mail.attachments = walk.attachments;
    mail.notes = walk.notes;
    mail.parsed = true;
    if (mail.from.isEmpty() && mail.subject.isEmpty() && mail.text.isEmpty() && mail.attachments.isEmpty()) {
        mail.parsed = false;
        mail.problem = MailParser::tr("The file has no sender, subject or text: it does not look like an e-mail message.");
    }
    g_object_unref(message);
    return mail;
}

} // namespace

MailParser::Mail MailParser::parse(const QByteArray &eml)
{
    return parseAt(eml, 0);
}

bool MailParser::isOutlookMessage(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

MailParser::Mail MailParser::parseFile(const QByteArray &bytes, int depth)
{
    return isOutlookMessage(bytes) ? MsgParser::parse(bytes, depth) : parseAt(bytes, depth);
}

void MailParser::readAttachedMail(Part &part, int depth)
{
    if (!part.damage.isEmpty() || part.message || depth > MaxDepth)
        return;
    const bool mail = isOutlookMessage(part.data) || part.mimeType == QLatin1String("message/rfc822")
                      || part.fileName.endsWith(QStringLiteral(".eml"), Qt::CaseInsensitive)
                      || part.fileName.endsWith(QStringLiteral(".msg"), Qt::CaseInsensitive);
    if (!mail)
        return;
    Mail inner = parseFile(part.data, depth);
    if (inner.parsed)
        part.message = std::make_shared<Mail>(std::move(inner));
}
