#pragma once

#include "command.h"

#include <QCoreApplication>

// `check`: proves the database sound, or names what is wrong. Changes nothing.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString usage() const override { return QString(); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
