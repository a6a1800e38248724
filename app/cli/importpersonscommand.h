#pragma once

#include "command.h"

#include <QCoreApplication>

// `import-persons`: pupils, staff or parents from a CSV export, as the window's import does.
// Exit 0 when every row was imported, 2 when rows were rejected (the others imported), 1 when
// nothing could be imported (the database is then unchanged).
class ImportPersonsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportPersonsCommand)

public:
    QString name() const override { return QStringLiteral("import-persons"); }
    QString summary() const override;
    QString usage() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};
