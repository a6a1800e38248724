#pragma once

#include "../services/sealedbackup.h"

#include <QCoreApplication>
#include <QString>

// The recovery sheet of the board's backup passphrase: printed once when the passphrase is set,
// kept with the board's deeds. It holds the passphrase (the program never does), the key's
// fingerprint and date to match it with a backup, and how to put a sealed backup back.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)

public:
    static QString html(const SealedBackup::Key &key, const QString &passphrase, const QString &organisation);
};
