#pragma once

#include "command.h"

#include <QCoreApplication>

// `demo-data`: a new database filled with fictitious content, for demonstrations and benchmarks.
class DemoDataCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)

public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override;
    QString usage() const override { return QStringLiteral("[--seed N] [--incidents N]"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
