#pragma once

#include "command.h"

#include <QCoreApplication>

// `migrate`: brings an existing database to the schema of this program, after a backup copy.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    QString usage() const override { return QString(); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
