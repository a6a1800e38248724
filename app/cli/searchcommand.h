#pragma once

#include "command.h"

#include <QCoreApplication>

// `search TERMS [--json]`: the persons, incidents and correspondence that the program's search
// finds, as lines or as JSON for scripts.
class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QString usage() const override { return tr("TERMS [--json]"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
