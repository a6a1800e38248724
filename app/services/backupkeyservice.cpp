#include "backupkeyservice.h"

#include "../domain/storageerror.h"
#include "../storage/settingsrepository.h"
#include "../storage/transaction.h"
#include "permissions.h"

BackupKeyService::BackupKeyService(Database &db)
    : m_db(db)
{
}

std::optional<SealedBackup::Key> BackupKeyService::current() const
{
    const QString json = SettingsRepository(m_db).value(settingKey());
    if (json.isEmpty())
        return std::nullopt;
    return SealedBackup::Key::fromJson(json);
}

SealedBackup::Key BackupKeyService::set(const AccessScope &who, const QString &passphrase)
{
    Permissions::require(m_db, who, Permission::ManageBackups, QStringLiteral("settings"));
    const QString weakness = SealedBackup::weakness(passphrase);
    if (!weakness.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, weakness);
    const SealedBackup::Key key = SealedBackup::deriveKey(passphrase);
    Transaction tx(m_db, who);
    SettingsRepository(m_db).setValue(tx, settingKey(), key.toJson());
    tx.commit();
    return key;
}
