#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

// Parses `dossierkast [--database PATH] COMMAND [ARGS…]`, runs the command and turns every
// failure into a Dutch message and an exit code. Bad input never ends in a crash.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // Parsed global options and the command, if any. `arguments` excludes the program name.
    struct Parsed {
        QString database;
        QString command;
        QStringList commandArguments;
        bool help = false;
        bool version = false;
        QStringList windowArguments;    // --exit-when-ready, --user NAME: for the window
        QString user;                   // --user NAME: who a command acts as
        QStringList errors;
    };
    static Parsed parse(const QStringList &arguments);

    // Runs a command (parsed.command must be set). Returns the exit code.
    int run(const Parsed &parsed, QTextStream &out, QTextStream &err);
    QString helpText() const;
    // Whether `command` lays out documents (and so needs a GUI application, offscreen).
    bool needsGui(const QString &command) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
