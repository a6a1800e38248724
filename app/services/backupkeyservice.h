#pragma once

#include "../domain/accessscope.h"
#include "sealedbackup.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The board's backup key in the database: the public half only (a setting of its own that
// Beheer → Instellingen does not show), so that every backup is sealed without a passphrase.
// The passphrase itself is never stored.
class BackupKeyService
{
    Q_DECLARE_TR_FUNCTIONS(BackupKeyService)

public:
    static QString settingKey() { return QStringLiteral("backup_key"); }

    explicit BackupKeyService(Database &db);
    // The key backups are sealed with; none until the board set a passphrase.
    std::optional<SealedBackup::Key> current() const;
    // Derives a new key from `passphrase` and keeps its public half, in one audited transaction.
    // Throws StorageError: Denied for anyone who may not manage backups, Invalid for a weak
    // passphrase (the message says why).
    SealedBackup::Key set(const AccessScope &who, const QString &passphrase);

private:
    Database &m_db;
};
