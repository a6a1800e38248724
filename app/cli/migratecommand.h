#pragma once

#include "command.h"

#include <QCoreApplication>

class Database;

// `migrate`: brings an existing database to the schema of this program, after a backup copy;
// with --to, copies it whole into a new PostgreSQL database.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    QString usage() const override { return tr("[--to postgresql://USER@SERVER:PORT/DATABASE]"); }
    int run(CommandContext &context, const QStringList &arguments) override;

private:
    void tellWhoNeedsALogin(CommandContext &context, Database &db);
    int copyTo(CommandContext &context, Database &source, const QString &target);
};
