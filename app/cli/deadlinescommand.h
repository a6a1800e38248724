#pragma once

#include "command.h"

#include <QCoreApplication>

// `deadlines [--json] [--overdue]`: the open actions with their due dates, as Termijnen shows them.
class DeadlinesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesCommand)

public:
    QString name() const override { return QStringLiteral("deadlines"); }
    QString summary() const override;
    QString usage() const override { return QStringLiteral("[--json] [--overdue]"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
