#pragma once

#include "../domain/attachmentinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

class AccessScope;
class Database;
class Transaction;

// File content, stored once per SHA-256 in chunks inside the database (so a backup is one
// consistent file), and the attachment rows that point at it. Every read is verified.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    static constexpr qint64 ChunkSize = 1024 * 1024;
    static constexpr qint64 DefaultMaxBytes = 100 * 1024 * 1024;

    explicit AttachmentStore(Database &db);

    // The size limit from the settings (attachment_max_bytes).
    qint64 maxBytes() const;

    // Stores content unless it is there already; returns its SHA-256 (hex). Refuses content
    // above the size limit with a message that names both sizes.
    QByteArray storeFile(Transaction &tx, const QString &path);
    QByteArray storeBytes(Transaction &tx, const QByteArray &data);
    bool contains(const QByteArray &sha256) const;

    // Files content as an attachment; fills info's id, sha256, size and added fields, and the
    // file name and MIME type (from the file's content and name) when the caller left them empty.
    void attachFile(Transaction &tx, AttachmentInfo &info, const QString &path);
    void attachBytes(Transaction &tx, AttachmentInfo &info, const QByteArray &data);

    // Removes the attachment row (audited); the content stays while other rows, or the audit
    // trail's retention, may still need it.
    void remove(Transaction &tx, qint64 attachmentId);
    // Attachments stored before names were cleaned get their clean name, the name they had kept
    // beside it (once, when a database is brought to schema 8). Returns how many changed.
    int cleanStoredNames(Transaction &tx);
    QList<AttachmentInfo> attachmentsOfIncident(const AccessScope &scope, qint64 incidentId) const;
    QList<AttachmentInfo> attachmentsOfCorrespondence(const AccessScope &scope, qint64 correspondenceId) const;
    // Documents filed on a person (not through an incident or a letter).
    QList<AttachmentInfo> attachmentsOfPerson(const AccessScope &scope, qint64 personId) const;

    // Reads content, verifying size and hash; throws StorageError when it does not match.
    QByteArray read(const QByteArray &sha256) const;
    // Streams content into `out`; on a mismatch throws after writing, so callers discard `out`.
    void readTo(const QByteArray &sha256, QIODevice &out) const;

    // Every stored content checked against its hash; one line per problem.
    QStringList verifyAll(qint64 *checked = nullptr) const;

private:
    void checkSize(qint64 size, const QString &what) const;
    qint64 insertContent(Transaction &tx, const QByteArray &sha256, qint64 size);
    void insertChunk(qint64 contentId, qint64 number, const QByteArray &data);
    QByteArray storeDevice(Transaction &tx, QIODevice &device, qint64 size, const QString &what);
    void insertAttachment(Transaction &tx, AttachmentInfo &info);
    QList<AttachmentInfo> attachments(const QString &joinAndWhere, qint64 ownerId) const;

    Database &m_db;
};
