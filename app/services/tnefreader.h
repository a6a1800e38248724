#pragma once

#include "mailparser.h"

#include <QCoreApplication>

// Unpacks a winmail.dat (TNEF, [MS-OXTNEF]) that Outlook attaches to mail for other programs:
// the files inside it, and its text when the mail around it has none. libytnef reads it in a
// child process of its own: that library ends its process on some damaged files, which must
// never take the program (and a user's unsaved work) with it.
class TnefReader
{
    Q_DECLARE_TR_FUNCTIONS(TnefReader)

public:
    struct Content {
        bool read = false;
        QString problem;
        QString text;
        QList<MailParser::Part> files;
        QStringList notes;
    };

    static bool isTnef(const QByteArray &bytes);
    static Content unpack(const QByteArray &bytes);
};
