#pragma once

#include "mailparser.h"

#include <QCoreApplication>

// Reads an Outlook message file (.msg, [MS-OXMSG]) into the same Mail an .eml gives: date sent
// (else received), sender, To-recipients, subject, the text (plain body; else the HTML body as
// text; else the compressed RTF body as text), the attachments, and attached messages as mails
// of their own, each with a .msg file of its own made from its storage.
class MsgParser
{
    Q_DECLARE_TR_FUNCTIONS(MsgParser)

public:
    // `depth`: how many mails it lies inside (MailParser::MaxDepth bounds it).
    static MailParser::Mail parse(const QByteArray &msg, int depth = 0);
};
