#pragma once

#include "command.h"

#include <QCoreApplication>

// `restore FILE`: checks a backup, moves the current database file aside and puts the backup in
// its place whole.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QString usage() const override { return tr("FILE"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
