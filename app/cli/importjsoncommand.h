#pragma once

#include "command.h"

#include <QCoreApplication>

// `import-json FILE`: reads an export into a new, empty database; all or nothing.
class ImportJsonCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportJsonCommand)

public:
    QString name() const override { return QStringLiteral("import-json"); }
    QString summary() const override;
    QString usage() const override { return tr("FILE"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
