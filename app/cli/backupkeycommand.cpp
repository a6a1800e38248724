#include "backupkeycommand.h"

#include "../services/backupkeyservice.h"
#include "../storage/database.h"
#include "commandarguments.h"
#include "commandlogin.h"

QString BackupKeyCommand::summary() const
{
    return tr("Shows the key backups are sealed with. --set: sets the board's backup passphrase (from "
              "DOSSIERKAST_BACKUP_PASSPHRASE, or typed twice); the passphrase itself is not stored, only the "
              "public key derived from it. Backups made before keep needing the passphrase they were sealed with. "
              "Exit 1 when no passphrase is set.");
}

int BackupKeyCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandArguments args(arguments);
    const bool set = args.takeFlag(QStringLiteral("--set"));
    args.positional(0);
    if (!args.errors().isEmpty())
        return wrongUse(context, args.errors());
    AccessScope scope;
    std::unique_ptr<Database> db = CommandLogin::open(context, scope);
    BackupKeyService keys(*db);
    if (set) {
        const SealedBackup::Key key = keys.set(scope, CommandLogin::backupPassphrase(true));
        context.out << tr("The backup passphrase is set. From now on backups are sealed with the key %1.").arg(key.fingerprint())
                    << Qt::endl;
        context.out << tr("Write the passphrase on the recovery sheet (Beheer → Back-up prints one) and keep it where "
                          "the board keeps its deeds: without it no sealed backup can be put back.")
                    << Qt::endl;
        return 0;
    }
    if (const std::optional<SealedBackup::Key> key = keys.current()) {
        context.out << tr("Backups are sealed with the key %1, set on %2.")
                           .arg(key->fingerprint(), key->setOn.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")))
                    << Qt::endl;
        return 0;
    }
    context.out << tr("No backup passphrase is set: backups are NOT sealed. Set one with backup-key --set.") << Qt::endl;
    return 1;
}
