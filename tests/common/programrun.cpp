#include "programrun.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace ProgramRun {

void prepare(QProcess &process, const QString &home, const QString &user, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));   // Dutch anyway
    env.remove(QStringLiteral("DOSSIERKAST_LANGUAGE"));
    env.remove(QStringLiteral("DOSSIERKAST_USER"));
    env.remove(QStringLiteral("DOSSIERKAST_PASSWORD"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!user.isEmpty())
        env.insert(QStringLiteral("DOSSIERKAST_USER"), user);
    if (!password.isEmpty())
        env.insert(QStringLiteral("DOSSIERKAST_PASSWORD"), password);
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(DOSSIERKAST_EXE));
}

namespace {

Result finish(QProcess &process, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.timedOut = true;
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.code = result.crashed || result.timedOut ? -1 : process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

Result run(const QString &home, const QStringList &arguments, const QString &password, const QByteArray &input,
           int timeoutMs)
{
    QProcess process;
    prepare(process, home, QStringLiteral("beheerder"), password.isNull() ? QStringLiteral("demo") : password);
    return finish(process, arguments, input, timeoutMs);
}

Result runAs(const QString &home, const QString &user, const QString &password, const QStringList &arguments,
             int timeoutMs)
{
    QProcess process;
    prepare(process, home, user, password);
    return finish(process, arguments, QByteArray(), timeoutMs);
}

} // namespace ProgramRun
