#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// Reads an e-mail (.eml, RFC 5322 with MIME) through GMime: headers with encoded words, the
// text (decoded from quoted-printable or base64 and from its charset; HTML-only mail turned into
// text), and the attachments; a winmail.dat (TNEF) part is unpacked into the files inside it.
// A mail that cannot be parsed says so in `problem`. MsgParser fills the same Mail from an
// Outlook .msg file.
class MailParser
{
    Q_DECLARE_TR_FUNCTIONS(MailParser)

public:
    struct Mail;
    struct Part {
        QString fileName;           // as the mail names it (AttachmentStore cleans it)
        QString mimeType;
        QByteArray data;
        // Why the decoded content is not the whole file (broken base64, padding in the middle),
        // empty when it is whole. A damaged part must not be stored as if it were the file.
        QString damage;
        // An attached mail, read as a mail (filed as an item of its own); `data` is its file.
        std::shared_ptr<const Mail> message;
    };
    struct Mail {
        bool parsed = false;
        QString problem;
        QDateTime date;
        QString from;
        QString to;
        QString subject;
        QString text;
        QList<Part> attachments;
        // What was kept as it came because it could not be unpacked (a damaged winmail.dat).
        QStringList notes;
    };

    // How deep mails attached to mails are read as mails (in either format); deeper ones stay
    // files inside the original.
    static constexpr int MaxDepth = 4;

    static Mail parse(const QByteArray &eml);
    // Either kind of mail file: an OLE compound file is read as .msg, anything else as .eml.
    // `depth`: how many mails it lies inside.
    static Mail parseFile(const QByteArray &bytes, int depth = 0);
    static bool isOutlookMessage(const QByteArray &bytes);
    // An attachment that is a mail (.eml, .msg, message/rfc822) read as one into `part.message`,
    // when it can be read and lies no deeper than MaxDepth.
    static void readAttachedMail(Part &part, int depth);
};
