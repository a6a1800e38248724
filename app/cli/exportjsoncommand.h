#pragma once

#include "command.h"

#include <QCoreApplication>

// `export-json FILE`: the whole database as one JSON document.
class ExportJsonCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportJsonCommand)

public:
    QString name() const override { return QStringLiteral("export-json"); }
    QString summary() const override;
    QString usage() const override { return tr("FILE"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
