#pragma once

#include "command.h"

#include <QCoreApplication>

// `backup-key [--set]`: shows the key backups are sealed with, or sets the board's backup
// passphrase (from DOSSIERKAST_BACKUP_PASSPHRASE or typed twice); an administrator's work.
class BackupKeyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupKeyCommand)

public:
    QString name() const override { return QStringLiteral("backup-key"); }
    QString summary() const override;
    QString usage() const override { return tr("[--set]"); }
    int run(CommandContext &context, const QStringList &arguments) override;
};
