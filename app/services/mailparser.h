#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Reads an e-mail (.eml, RFC 5322 with MIME) through GMime: headers with encoded words, the
// text (decoded from quoted-printable or base64 and from its charset; HTML-only mail turned into
// text), and the attachments. A mail that cannot be parsed says so in `problem`.
class MailParser
{
    Q_DECLARE_TR_FUNCTIONS(MailParser)

public:
    struct Part {
        QString fileName;           // as the mail names it (AttachmentStore cleans it)
        QString mimeType;
        QByteArray data;
        // Why the decoded content is not the whole file (broken base64, padding in the middle),
        // empty when it is whole. A damaged part must not be stored as if it were the file.
        QString damage;
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
    };

    static Mail parse(const QByteArray &eml);
};
