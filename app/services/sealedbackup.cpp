#include "sealedbackup.h"

#include "../domain/storageerror.h"
#include "../storage/privatepath.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <sodium.h>
#include <unistd.h>

namespace {

const QByteArray Magic = QByteArrayLiteral("DKSEALED");
constexpr quint16 Version = 1;
constexpr qsizetype KeyBytes = crypto_box_PUBLICKEYBYTES;
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype SealedKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_box_SEALBYTES;
constexpr qsizetype StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// magic, version, public key, salt, ops, mem, key set on, made, sealed key, stream header
constexpr qsizetype HeaderBytes = 8 + 2 + KeyBytes + SaltBytes + 8 + 8 + 8 + 8 + SealedKeyBytes + StreamHeaderBytes;
constexpr qsizetype Chunk = 1024 * 1024;
constexpr qsizetype CipherChunk = Chunk + crypto_secretstream_xchacha20poly1305_ABYTES;
// What a file may ask of Argon2id: no more than a PC can give (a damaged header must not hang it).
constexpr quint64 MaxOps = 20;
constexpr quint64 MaxMem = quint64(2) * 1024 * 1024 * 1024;

void initialise()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw StorageError(StorageError::Kind::Failed, SealedBackup::tr("The encryption library could not be started."));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Secret bytes that are wiped when they go.
struct Secret {
    explicit Secret(qsizetype size) : bytes(size, '\0') {}
    ~Secret() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    unsigned char *data() { return reinterpret_cast<unsigned char *>(bytes.data()); }
    QByteArray bytes;
};

const unsigned char *u(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// The key pair a passphrase gives with the file's salt and cost.
void keyPair(const QString &passphrase, const SealedBackup::Key &key, unsigned char *publicKey, Secret &secretKey)
{
    Secret seed(crypto_box_SEEDBYTES);
    const QByteArray text = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    if (crypto_pwhash(seed.data(), crypto_box_SEEDBYTES, text.constData(), quint64(text.size()), u(key.salt),
                      key.opsLimit, size_t(key.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw StorageError(StorageError::Kind::Failed,
                           SealedBackup::tr("There is not enough memory to derive the backup key from the passphrase. "
                                            "Close other programs and try again."));
    crypto_box_seed_keypair(publicKey, secretKey.data(), seed.data());
}

// Whether `passphrase` derives the key pair whose public half is `key`'s; `secretKey` gets the
// private half.
bool opensWith(const QString &passphrase, const SealedBackup::Key &key, Secret &secretKey)
{
    QByteArray publicKey(KeyBytes, '\0');
    keyPair(passphrase, key, reinterpret_cast<unsigned char *>(publicKey.data()), secretKey);
    return sodium_memcmp(publicKey.constData(), key.publicKey.constData(), size_t(KeyBytes)) == 0;
}

struct Parsed {
    SealedBackup::Header header;
    QByteArray headerBytes;
    QByteArray sealedKey;
    QByteArray streamHeader;
};

Parsed parseHeader(const QByteArray &bytes, const QString &path)
{
    const auto refuse = [&path](const QString &why) {
        return StorageError(StorageError::Kind::Refused, SealedBackup::tr("%1 is no sealed Dossierkast backup, or it is damaged: %2")
                                                             .arg(native(path), why));
    };
    if (bytes.size() < HeaderBytes || !bytes.startsWith(Magic))
        throw refuse(SealedBackup::tr("the file does not begin as a sealed backup does"));
    const char *at = bytes.constData() + Magic.size();
    const quint16 version = qFromLittleEndian<quint16>(at);
    if (version > Version)
        throw refuse(SealedBackup::tr("it was written in a later format (%1); use a newer Dossierkast").arg(version));
    if (version != Version)
        throw refuse(SealedBackup::tr("its format number (%1) is not one Dossierkast writes").arg(version));
    at += 2;
    Parsed parsed;
    SealedBackup::Key &key = parsed.header.key;
    key.publicKey = QByteArray(at, KeyBytes);
    at += KeyBytes;
    key.salt = QByteArray(at, SaltBytes);
    at += SaltBytes;
    key.opsLimit = qFromLittleEndian<quint64>(at);
    key.memLimit = qFromLittleEndian<quint64>(at + 8);
    key.setOn = QDateTime::fromSecsSinceEpoch(qFromLittleEndian<qint64>(at + 16), Qt::UTC);
    parsed.header.made = QDateTime::fromSecsSinceEpoch(qFromLittleEndian<qint64>(at + 24), Qt::UTC);
    at += 32;
    parsed.sealedKey = QByteArray(at, SealedKeyBytes);
    at += SealedKeyBytes;
    parsed.streamHeader = QByteArray(at, StreamHeaderBytes);
    parsed.headerBytes = bytes.left(HeaderBytes);
    if (!key.isValid())
        throw refuse(SealedBackup::tr("the cost of its key lies outside what Dossierkast writes"));
    return parsed;
}

// Reads the chunks after the header, decrypting each; `sink` gets the plain bytes. Throws
// StorageError(Refused) naming what is wrong with the file.
void pull(QFile &file, const Parsed &parsed, const unsigned char *fileKey, const std::function<void(const QByteArray &)> &sink)
{
    const auto damaged = [&file](const QString &why) {
        return StorageError(StorageError::Kind::Refused,
                            SealedBackup::tr("The sealed backup %1 is damaged (%2); it was not used.").arg(native(file.fileName()), why));
    };
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u(parsed.streamHeader), fileKey) != 0)
        throw damaged(SealedBackup::tr("its header is invalid"));
    QByteArray plain(Chunk, '\0');
    bool first = true;
    for (;;) {
        const QByteArray size = file.read(4);
        if (size.size() < 4)
            throw damaged(SealedBackup::tr("it is cut off before its end"));
        const quint32 length = qFromLittleEndian<quint32>(size.constData());
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > CipherChunk)
            throw damaged(SealedBackup::tr("a block states an impossible size"));
        const QByteArray cipher = file.read(length);
        if (cipher.size() != qsizetype(length))
            throw damaged(SealedBackup::tr("it is cut off before its end"));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag, u(cipher), cipher.size(),
                first ? u(parsed.headerBytes) : nullptr, first ? quint64(parsed.headerBytes.size()) : 0) != 0)
            throw damaged(SealedBackup::tr("its content was changed after it was sealed"));
        first = false;
        sink(QByteArray::fromRawData(plain.constData(), qsizetype(plainLength)));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!file.atEnd())
                throw damaged(SealedBackup::tr("there is data after its end"));
            return;
        }
    }
}

QByteArray readHeaderBytes(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Failed, SealedBackup::tr("The backup %1 cannot be read: %2")
                                                           .arg(native(file.fileName()), file.errorString()));
    return file.read(HeaderBytes);
}

} // namespace

bool SealedBackup::Key::isValid() const
{
    return publicKey.size() == KeyBytes && salt.size() == SaltBytes && opsLimit >= crypto_pwhash_OPSLIMIT_MIN
        && opsLimit <= MaxOps && memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= MaxMem;
}

QString SealedBackup::Key::fingerprint() const
{
    initialise();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, u(publicKey), quint64(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QString SealedBackup::Key::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()));
    object.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
    object.insert(QStringLiteral("opslimit"), QString::number(opsLimit));
    object.insert(QStringLiteral("memlimit"), QString::number(memLimit));
    object.insert(QStringLiteral("set_on"), setOn.toUTC().toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<SealedBackup::Key> SealedBackup::Key::fromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    Key key;
    key.publicKey = QByteArray::fromBase64(object.value(QStringLiteral("public_key")).toString().toLatin1());
    key.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    key.opsLimit = object.value(QStringLiteral("opslimit")).toString().toULongLong();
    key.memLimit = object.value(QStringLiteral("memlimit")).toString().toULongLong();
    key.setOn = QDateTime::fromString(object.value(QStringLiteral("set_on")).toString(), Qt::ISODate);
    if (!key.isValid())
        return std::nullopt;
    return key;
}

SealedBackup::Key SealedBackup::deriveKey(const QString &passphrase)
{
    initialise();
    Key key;
    key.salt = QByteArray(SaltBytes, '\0');
    randombytes_buf(key.salt.data(), size_t(key.salt.size()));
    key.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
    key.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
    key.setOn = QDateTime::currentDateTimeUtc();
    key.publicKey = QByteArray(KeyBytes, '\0');
    Secret secretKey(crypto_box_SECRETKEYBYTES);
    keyPair(passphrase, key, reinterpret_cast<unsigned char *>(key.publicKey.data()), secretKey);
    return key;
}

QString SealedBackup::suggestPassphrase()
{
    initialise();
    // No 0/O, 1/l/i: read from paper without doubt.
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    QStringList groups;
    for (int g = 0; g < 6; ++g) {
        QString group;
        for (int i = 0; i < 4; ++i)
            group += alphabet.at(int(randombytes_uniform(quint32(alphabet.size()))));
        groups.append(group);
    }
    return groups.join(QLatin1Char('-'));
}

QString SealedBackup::weakness(const QString &passphrase)
{
    if (passphrase.size() < MinimumPassphrase)
        return tr("The passphrase must be at least %1 characters long.").arg(MinimumPassphrase);
    if (QSet<QChar>(passphrase.begin(), passphrase.end()).size() < 6)
        return tr("The passphrase repeats too few different characters; take a longer sentence or the suggestion.");
    if (passphrase.trimmed() != passphrase)
        return tr("The passphrase begins or ends with a space, which is easily lost on paper.");
    return QString();
}

bool SealedBackup::isSealed(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(Magic.size()) == Magic;
}

SealedBackup::Header SealedBackup::header(const QString &path)
{
    QFile file(path);
    return parseHeader(readHeaderBytes(file), path).header;
}

void SealedBackup::seal(const QString &plainFile, const QString &target, const Key &key)
{
    initialise();
    if (!key.isValid())
        throw StorageError(StorageError::Kind::Invalid, tr("The backup key of this database is not valid; set the passphrase again."));
    QFile in(plainFile);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Failed, tr("The backup copy %1 cannot be read: %2").arg(native(plainFile), in.errorString()));
    if (!PrivatePath::createFile(target))
        throw StorageError(StorageError::Kind::Failed, PrivatePath::reason(errno, target));
    QFile out(target);
    const auto fail = [&](const QString &why) {
        out.close();
        QFile::remove(target);
        return StorageError(StorageError::Kind::Failed, tr("The sealed backup %1 could not be written: %2").arg(native(target), why));
    };
    if (!out.open(QIODevice::WriteOnly))
        throw fail(out.errorString());

    Secret fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
    QByteArray sealedKey(SealedKeyBytes, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealedKey.data()), fileKey.data(), size_t(fileKey.bytes.size()), u(key.publicKey));
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(StreamHeaderBytes, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(streamHeader.data()), fileKey.data());

    QByteArray header = Magic;
    header.resize(HeaderBytes);
    char *at = header.data() + Magic.size();
    qToLittleEndian<quint16>(Version, at);
    at += 2;
    std::copy(key.publicKey.cbegin(), key.publicKey.cend(), at);
    at += KeyBytes;
    std::copy(key.salt.cbegin(), key.salt.cend(), at);
    at += SaltBytes;
    qToLittleEndian<quint64>(key.opsLimit, at);
    qToLittleEndian<quint64>(key.memLimit, at + 8);
    qToLittleEndian<qint64>(key.setOn.toSecsSinceEpoch(), at + 16);
    qToLittleEndian<qint64>(QDateTime::currentSecsSinceEpoch(), at + 24);
    at += 32;
    std::copy(sealedKey.cbegin(), sealedKey.cend(), at);
    at += SealedKeyBytes;
    std::copy(streamHeader.cbegin(), streamHeader.cend(), at);
    if (out.write(header) != header.size())
        throw fail(out.errorString());

    crypto_generichash_state written;
    crypto_generichash_init(&written, nullptr, 0, crypto_generichash_BYTES);
    QByteArray cipher(CipherChunk, '\0');
    bool first = true;
    for (;;) {
        const QByteArray plain = in.read(Chunk);
        if (plain.isEmpty() && in.error() != QFileDevice::NoError)
            throw fail(in.errorString());
        const bool last = in.atEnd();
        crypto_generichash_update(&written, u(plain), quint64(plain.size()));
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), &length, u(plain),
                                                   quint64(plain.size()), first ? u(header) : nullptr,
                                                   first ? quint64(header.size()) : 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        char size[4];
        qToLittleEndian<quint32>(quint32(length), size);
        if (out.write(size, 4) != 4 || out.write(cipher.constData(), qint64(length)) != qint64(length))
            throw fail(out.errorString());
        if (last)
            break;
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        throw fail(out.errorString());
    out.close();
    unsigned char expected[crypto_generichash_BYTES];
    crypto_generichash_final(&written, expected, sizeof expected);

    // Proof: the file on disk decrypts, with this backup's key, to exactly the copy that was checked.
    QFile back(target);
    try {
        const Parsed parsed = parseHeader(readHeaderBytes(back), target);
        crypto_generichash_state read;
        crypto_generichash_init(&read, nullptr, 0, crypto_generichash_BYTES);
        pull(back, parsed, fileKey.data(), [&read](const QByteArray &bytes) {
            crypto_generichash_update(&read, u(bytes), quint64(bytes.size()));
        });
        unsigned char found[crypto_generichash_BYTES];
        crypto_generichash_final(&read, found, sizeof found);
        if (sodium_memcmp(found, expected, sizeof found) != 0)
            throw StorageError(StorageError::Kind::Failed, tr("what was read back differs from what was written"));
    } catch (const StorageError &error) {
        back.close();
        QFile::remove(target);
        throw StorageError(StorageError::Kind::Failed, tr("The sealed backup %1 could not be read back as written: %2")
                                                           .arg(native(target), error.message()));
    }
}

void SealedBackup::open(const QString &sealedFile, const QString &passphrase, const QString &plainTarget)
{
    initialise();
    QFile in(sealedFile);
    const Parsed parsed = parseHeader(readHeaderBytes(in), sealedFile);
    Secret secretKey(crypto_box_SECRETKEYBYTES);
    if (!opensWith(passphrase, parsed.header.key, secretKey))
        throw WrongPassphrase(StorageError::Kind::Refused,
                           tr("The passphrase does not open %1. This backup was sealed with the key %2, set on %3; "
                              "its passphrase is on the recovery sheet of that day.")
                               .arg(native(sealedFile), parsed.header.key.fingerprint(),
                                    parsed.header.key.setOn.toLocalTime().toString(QStringLiteral("dd-MM-yyyy"))));
    Secret fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_box_seal_open(fileKey.data(), u(parsed.sealedKey), quint64(SealedKeyBytes), u(parsed.header.key.publicKey),
                             secretKey.data()) != 0)
        throw StorageError(StorageError::Kind::Refused,
                           tr("The sealed backup %1 is damaged (its key cannot be opened); it was not used.").arg(native(sealedFile)));
    if (!PrivatePath::createFile(plainTarget))
        throw StorageError(StorageError::Kind::Failed, PrivatePath::reason(errno, plainTarget));
    QFile out(plainTarget);
    try {
        if (!out.open(QIODevice::WriteOnly))
            throw StorageError(StorageError::Kind::Failed, PrivatePath::reason(errno, plainTarget));
        pull(in, parsed, fileKey.data(), [&out, &plainTarget](const QByteArray &bytes) {
            if (out.write(bytes) != bytes.size())
                throw StorageError(StorageError::Kind::Failed, PrivatePath::reason(errno, plainTarget));
        });
        if (!out.flush())
            throw StorageError(StorageError::Kind::Failed, PrivatePath::reason(errno, plainTarget));
        out.close();
    } catch (...) {
        out.close();
        QFile::remove(plainTarget);
        throw;
    }
}
