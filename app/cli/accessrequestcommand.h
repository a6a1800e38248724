#pragma once

#include "command.h"

#include <QCoreApplication>

// `access-request --person ID --zip FILE [--received DATE] [--answered]`: the answer to an
// inzageverzoek as the window writes it, recorded with its one-month action.
class AccessRequestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccessRequestCommand)

public:
    QString name() const override { return QStringLiteral("access-request"); }
    QString summary() const override;
    QString usage() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
    bool needsGui() const override { return true; }
};
