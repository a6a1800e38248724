#pragma once

#include "command.h"

#include <QCoreApplication>

// `backup FILE`: a checked copy of the whole database as one SQLite file, safe while the program
// is in use.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString usage() const override { return tr("FILE"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
