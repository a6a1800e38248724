#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file the user hands in (a school list, a mail, a JSON export), read only when it is a
// regular file within its stated limit: a folder, a device that never ends (/dev/zero) or a
// file far larger than such a file can be is refused before it is read, with a Dutch message.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // The whole content; throws StorageError naming the file and what is wrong.
    static QByteArray read(const QString &path, qint64 limit);
    // Only the checks that need no reading (it exists, is an ordinary file, within the limit).
    static void check(const QString &path, qint64 limit);
    // "12 MB": for the messages that state a limit.
    static QString size(qint64 bytes);
};
