#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "../domain/storageerror.h"

#include <functional>
#include <optional>

// A backup that may leave the building: the database file encrypted with libsodium. The content
// is a crypto_secretstream_xchacha20poly1305 stream under a fresh random key per backup; that key
// is sealed (crypto_box_seal) to the board's backup public key, so a backup is made without any
// passphrase. The matching private key is derived from the board's passphrase with Argon2id,
// whose salt and cost the file carries: the file and the passphrase are enough to restore, even
// when the database is gone. A wrong passphrase, a damaged, cut or altered file is refused.
class SealedBackup
{
    Q_DECLARE_TR_FUNCTIONS(SealedBackup)

public:
    // The board's backup key as the database keeps it: public only, with what derives it again.
    struct Key {
        QByteArray publicKey;       // crypto_box public key, 32 bytes
        QByteArray salt;            // Argon2id salt, 16 bytes
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QDateTime setOn;

        bool isValid() const;
        // Eight groups of four hex digits of the public key's hash: on the recovery sheet, in
        // Beheer and in messages about a backup, to tell keys apart.
        QString fingerprint() const;
        QString toJson() const;
        static std::optional<Key> fromJson(const QString &json);
    };
    struct Header {
        Key key;
        QDateTime made;
    };
    // Thrown by open() when the passphrase is not the one the file was sealed for (a Refused
    // error like a damaged file, told apart so that a window can ask again).
    class WrongPassphrase : public StorageError
    {
    public:
        using StorageError::StorageError;
    };

    static constexpr int MinimumPassphrase = 12;
    // A fresh key from `passphrase` (Argon2id, moderate cost: about a second).
    static Key deriveKey(const QString &passphrase);
    // A random passphrase to suggest: 8 groups of 4 letters and digits.
    static QString suggestPassphrase();
    // What is wrong with `passphrase` as a backup passphrase, in Dutch; empty when it will do.
    static QString weakness(const QString &passphrase);

    static bool isSealed(const QString &path);
    // The header of a sealed file; throws StorageError(Refused) when it is no sealed backup.
    static Header header(const QString &path);
    // Encrypts `plainFile` into `target` (which must not exist) and proves it: the written file
    // is decrypted again with the key of this backup and compared with the plain file's hash.
    static void seal(const QString &plainFile, const QString &target, const Key &key);
    // Decrypts `sealedFile` into `plainTarget` (created 0600; removed again on any failure).
    // Throws WrongPassphrase, or StorageError(Refused) for a damaged file.
    static void open(const QString &sealedFile, const QString &passphrase, const QString &plainTarget);
};
