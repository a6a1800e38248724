#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real dossierkast program as a script or an administrator would: Dutch messages, a
// home folder of the test's own, offscreen. Shared by the command-line and hostile-input tests.
namespace ProgramRun {

struct Result {
    int code = -1;          // -1: it crashed or did not end in time
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};

// Sets up `process` to run the program with `home` (as run() does), for a test that needs the
// process while it runs.
void prepare(QProcess &process, const QString &home, const QString &password = QString());

// `home` holds the program's settings and data folders; `password` goes to DOSSIERKAST_PASSWORD
// when not null; `input` is written to its standard input (then closed).
Result run(const QString &home, const QStringList &arguments, const QString &password = QString(),
           const QByteArray &input = QByteArray(), int timeoutMs = 120000);

} // namespace ProgramRun
