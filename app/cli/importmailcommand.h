#pragma once

#include "command.h"

#include <QCoreApplication>

// `import-mail --person ID [--incident REF] FILE…`: files mail as incoming correspondence, as
// dropping it on a dossier does; for a mail rule or a script.
class ImportMailCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportMailCommand)

public:
    QString name() const override { return QStringLiteral("import-mail"); }
    QString summary() const override;
    QString usage() const override { return tr("--person ID [--incident REF] FILE.eml…"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
