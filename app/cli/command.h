#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

// The context a command runs in: the database named on the command line and the streams to
// write to (tests pass their own).
struct CommandContext {
    QString database;           // --database, or the default location
    QTextStream &out;
    QTextStream &err;
    QString user;               // --user, for commands that act as a user (CommandLogin)
};

// One headless command (`dossierkast check`, …). Exit codes: 0 success, 1 failure, 2 wrong use
// (commands may define more, and say so in their usage text).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;       // one line for --help
    virtual QString usage() const = 0;         // arguments, e.g. "[--seed N] [--incidents N]"
    virtual int run(CommandContext &context, const QStringList &arguments) = 0;
    // Commands that lay out documents need fonts, so a (headless) GUI application.
    virtual bool needsGui() const { return false; }

    // "Usage: dossierkast [--database PATH] NAME ARGUMENTS", translated.
    QString usageLine() const;

protected:
    // Prints the errors and the usage line; returns the exit code for wrong use (2).
    int wrongUse(CommandContext &context, const QStringList &errors) const;
};
