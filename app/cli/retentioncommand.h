#pragma once

#include "command.h"

#include <QCoreApplication>

// `retention [--apply]`: the dossiers past their retention term; with --apply they are destroyed
// (all of them that are not under a legal hold), as Beheer → Bewaartermijnen does.
class RetentionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCommand)

public:
    QString name() const override { return QStringLiteral("retention"); }
    QString summary() const override;
    QString usage() const override { return QStringLiteral("[--apply]"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
