#pragma once

#include "command.h"

#include <QCoreApplication>

// `backup [--plain] FILE`: a checked copy of the whole database, safe while the program is in
// use; sealed with the board's backup key once one is set, a plain SQLite file with --plain.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString usage() const override { return tr("[--plain] FILE"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
