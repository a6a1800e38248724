#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the real dossierkast program as a script or an administrator would: Dutch messages, a
// home folder of the test's own, offscreen, logged in as the demo data's administrator
// (DOSSIERKAST_USER, DOSSIERKAST_PASSWORD) unless told otherwise. Shared by the command-line and
// hostile-input tests.
namespace ProgramRun {

struct Result {
    int code = -1;          // -1: it crashed or did not end in time
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};

// Sets up `process` to run the program with `home` as `user` (empty: none) and `password`
// (empty: none), for a test that needs the process while it runs.
void prepare(QProcess &process, const QString &home, const QString &user = QStringLiteral("beheerder"),
             const QString &password = QStringLiteral("demo"));

// `home` holds the program's settings and data folders; `password` goes to DOSSIERKAST_PASSWORD
// (null: the demo password "demo"); `input` is written to its standard input (then closed).
Result run(const QString &home, const QStringList &arguments, const QString &password = QString(),
           const QByteArray &input = QByteArray(), int timeoutMs = 120000);
// The same as another user (empty: no user at all).
Result runAs(const QString &home, const QString &user, const QString &password, const QStringList &arguments,
             int timeoutMs = 120000);

} // namespace ProgramRun
