#pragma once

#include "command.h"

#include <QCoreApplication>

// `summary --incident REF | --person ID [--for ID] --pdf FILE`: the casusoverzicht or the
// dossieroverzicht as the window prints it, redacted for one person with --for.
class SummaryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override;
    QString usage() const override { return tr("--incident REF | --person ID [--for ID [--redact-staff] [--term TEXT]…] --pdf FILE"); }
    int run(CommandContext &context, const QStringList &arguments) override;
    bool needsGui() const override { return true; }
};
