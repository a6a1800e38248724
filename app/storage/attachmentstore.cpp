#include "attachmentstore.h"

#include "../domain/accessscope.h"
#include "../domain/displaytext.h"
#include "accessfilter.h"
#include "database.h"
#include "sha256.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QFileInfo>
#include <QLocale>

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale(QLocale::Dutch).toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// Swallows what is written: verification only needs the hash, not the bytes.
class NullDevice : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

} // namespace

AttachmentStore::AttachmentStore(Database &db) : m_db(db)
{
}

qint64 AttachmentStore::maxBytes() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'attachment_max_bytes'"));
    SqlValues::exec(query);
    bool ok = false;
    const qint64 value = query.next() ? query.value(0).toString().toLongLong(&ok) : 0;
    return ok && value > 0 ? value : DefaultMaxBytes;
}

bool AttachmentStore::contains(const QByteArray &sha256) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT 1 FROM attachment_content WHERE sha256 = ?"));
    query.addBindValue(QString::fromLatin1(sha256));
    SqlValues::exec(query);
    return query.next();
}

QByteArray AttachmentStore::storeFile(Transaction &tx, const QString &path)
{
    // A device or pipe has no size and may never end (/dev/zero): only ordinary files.
    if (!QFileInfo(path).isFile())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is not an ordinary file (a folder, a device or a pipe) and cannot be attached.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    return storeDevice(tx, file, file.size(), QFileInfo(path).fileName());
}

QByteArray AttachmentStore::storeBytes(Transaction &tx, const QByteArray &data)
{
    // Bytes in memory cannot change while they are stored: hashed once, written from where they are.
    checkSize(data.size(), tr("The attachment"));
    Sha256 hasher;
    hasher.addData(data);
    const QByteArray sha256 = hasher.hexResult();
    if (contains(sha256))
        return sha256;
    const qint64 contentId = insertContent(tx, sha256, data.size());
    for (qint64 at = 0, chunk = 0; at < data.size(); at += ChunkSize, ++chunk)
        insertChunk(contentId, chunk, QByteArray::fromRawData(data.constData() + at, std::min(ChunkSize, data.size() - at)));
    return sha256;
}

void AttachmentStore::checkSize(qint64 size, const QString &what) const
{
    const qint64 limit = maxBytes();
    if (size > limit)
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 is %2; attachments may be at most %3 (setting in Beheer).")
                               .arg(what, megabytes(size), megabytes(limit)));
}

qint64 AttachmentStore::insertContent(Transaction &tx, const QByteArray &sha256, qint64 size)
{
    return tx.insert(QStringLiteral("attachment_content"),
                     { { "sha256", QString::fromLatin1(sha256) },
                       { "size", size },
                       { "chunk_size", ChunkSize },
                       { "created_at", SqlValues::moment(SqlValues::now()) } });
}

void AttachmentStore::insertChunk(qint64 contentId, qint64 number, const QByteArray &data)
{
    // Chunks are covered by the audited content row: its hash proves them whole.
    QSqlQuery &insert = m_db.cached(QStringLiteral("INSERT INTO attachment_chunks (content_id, chunk_no, data) VALUES (?, ?, ?)"));
    insert.addBindValue(contentId);
    insert.addBindValue(number);
    insert.addBindValue(data);
    SqlValues::exec(insert);
    insert.finish();
}

QByteArray AttachmentStore::storeDevice(Transaction &tx, QIODevice &device, qint64 size, const QString &what)
{
    checkSize(size, what);
    // First pass: the hash, so that content already stored is not written twice.
    Sha256 hasher;
    if (!hasher.addData(device))
        throw StorageError(StorageError::Kind::Invalid, tr("%1 could not be read completely.").arg(what));
    const QByteArray sha256 = hasher.hexResult();
    if (contains(sha256))
        return sha256;

    const qint64 contentId = insertContent(tx, sha256, size);
    if (!device.seek(0))
        throw StorageError(StorageError::Kind::Invalid, tr("%1 could not be read completely.").arg(what));
    // A file can change between the passes: what is written is hashed again.
    Sha256 check;
    qint64 written = 0;
    for (qint64 chunk = 0; written < size; ++chunk) {
        const QByteArray data = device.read(ChunkSize);
        if (data.isEmpty())
            break;
        check.addData(data);
        insertChunk(contentId, chunk, data);
        written += data.size();
    }
    if (written != size || check.hexResult() != sha256)
        throw StorageError(StorageError::Kind::Invalid, tr("%1 changed while it was being stored; nothing was saved.").arg(what));
    return sha256;
}

void AttachmentStore::insertAttachment(Transaction &tx, AttachmentInfo &info)
{
    // Every attachment, whatever brought it, is stored under a clean name to show and save.
    const QString clean = DisplayText::fileName(info.fileName);
    if (clean != info.fileName) {
        info.originalName = info.originalName.isEmpty() ? info.fileName.left(2000) : info.originalName;
        info.fileName = clean;
    }
    info.addedAt = SqlValues::now();
    info.addedByUserId = tx.actor().userId();
    info.contentAvailable = true;
    info.id = tx.insert(QStringLiteral("attachments"),
                        { { "sha256", QString::fromLatin1(info.sha256) },
                          { "content_sha256", QString::fromLatin1(info.sha256) },
                          { "file_name", info.fileName },
                          { "mime_type", info.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : info.mimeType },
                          { "size", info.size },
                          { "incident_id", SqlValues::id(info.incidentId) },
                          { "correspondence_id", SqlValues::id(info.correspondenceId) },
                          { "person_id", SqlValues::id(info.personId) },
                          { "description", SqlValues::text(info.description) },
                          { "source_url", SqlValues::text(info.sourceUrl) },
                          { "captured_at", SqlValues::moment(info.capturedAt) },
                          { "added_by_user_id", SqlValues::id(info.addedByUserId) },
                          { "added_at", SqlValues::moment(info.addedAt) },
                          { "original_name", SqlValues::text(info.originalName) } });
    info.version = 1;
}

void AttachmentStore::attachFile(Transaction &tx, AttachmentInfo &info, const QString &path)
{
    info.sha256 = storeFile(tx, path);
    info.size = QFileInfo(path).size();
    if (info.fileName.isEmpty())
        info.fileName = QFileInfo(path).fileName();
    if (info.mimeType.isEmpty())
        info.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    insertAttachment(tx, info);
}

void AttachmentStore::attachBytes(Transaction &tx, AttachmentInfo &info, const QByteArray &data)
{
    info.sha256 = storeBytes(tx, data);
    info.size = data.size();
    insertAttachment(tx, info);
}

int AttachmentStore::cleanStoredNames(Transaction &tx)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, version, file_name FROM attachments ORDER BY id"));
    SqlValues::exec(query);
    QList<std::tuple<qint64, qint64, QString>> unclean;
    while (query.next()) {
        const QString name = query.value(2).toString();
        if (DisplayText::fileName(name) != name)
            unclean.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), name });
    }
    query.finish();
    for (const auto &[id, version, name] : std::as_const(unclean))
        tx.update(QStringLiteral("attachments"), id, version,
                  { { "file_name", DisplayText::fileName(name) }, { "original_name", name.left(2000) } });
    return int(unclean.size());
}

void AttachmentStore::remove(Transaction &tx, qint64 attachmentId)
{
    tx.remove(QStringLiteral("attachments"), attachmentId);
}

QList<AttachmentInfo> AttachmentStore::attachmentsOfIncident(const AccessScope &scope, qint64 incidentId) const
{
    return attachments(QStringLiteral("JOIN incidents i ON i.id = a.incident_id WHERE a.incident_id = ? AND ")
                           + AccessFilter::incidents(scope, QStringLiteral("i")),
                       incidentId);
}

QList<AttachmentInfo> AttachmentStore::attachmentsOfCorrespondence(const AccessScope &scope, qint64 correspondenceId) const
{
    return attachments(QStringLiteral("JOIN correspondence c ON c.id = a.correspondence_id JOIN persons p ON p.id = c.person_id "
                                      "LEFT JOIN incidents i ON i.id = c.incident_id WHERE a.correspondence_id = ? AND ")
                           + AccessFilter::correspondence(scope, QStringLiteral("p"), QStringLiteral("i")),
                       correspondenceId);
}

QList<AttachmentInfo> AttachmentStore::attachmentsOfPerson(const AccessScope &scope, qint64 personId) const
{
    return attachments(QStringLiteral("JOIN persons p ON p.id = a.person_id WHERE a.person_id = ? AND ")
                           + AccessFilter::personRecords(scope, QStringLiteral("p")),
                       personId);
}

QList<AttachmentInfo> AttachmentStore::attachments(const QString &joinAndWhere, qint64 ownerId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.version, a.sha256, a.content_sha256, a.file_name, a.mime_type, a.size, a.description, "
        "a.source_url, a.captured_at, a.added_by_user_id, a.added_at, a.incident_id, a.correspondence_id, a.person_id, "
        "a.original_name "
        "FROM attachments a ") + joinAndWhere + QStringLiteral(" ORDER BY a.added_at, a.id"));
    query.addBindValue(ownerId);
    SqlValues::exec(query);
    QList<AttachmentInfo> result;
    while (query.next()) {
        AttachmentInfo a;
        a.id = query.value(0).toLongLong();
        a.version = query.value(1).toLongLong();
        a.sha256 = query.value(2).toString().toLatin1();
        a.contentAvailable = !query.value(3).isNull();
        a.fileName = query.value(4).toString();
        a.mimeType = query.value(5).toString();
        a.size = query.value(6).toLongLong();
        a.description = query.value(7).toString();
        a.sourceUrl = query.value(8).toString();
        a.capturedAt = SqlValues::toMoment(query.value(9));
        a.addedByUserId = query.value(10).toLongLong();
        a.addedAt = SqlValues::toMoment(query.value(11));
        a.incidentId = query.value(12).toLongLong();
        a.correspondenceId = query.value(13).toLongLong();
        a.personId = query.value(14).toLongLong();
        a.originalName = query.value(15).toString();
        result.append(a);
    }
    return result;
}

void AttachmentStore::readTo(const QByteArray &sha256, QIODevice &out) const
{
    QSqlQuery head = m_db.prepare(QStringLiteral("SELECT id, size, chunk_size FROM attachment_content WHERE sha256 = ?"));
    head.addBindValue(QString::fromLatin1(sha256));
    SqlValues::exec(head);
    if (!head.next())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("The content of this attachment is not in the database (only its description "
                              "was imported). Restore it from a backup."));
    const qint64 contentId = head.value(0).toLongLong();
    const qint64 size = head.value(1).toLongLong();
    const qint64 chunkSize = head.value(2).toLongLong();
    head.finish();

    Sha256 hasher;
    qint64 total = 0;
    const auto take = [&](const QByteArray &data) {
        hasher.addData(data);
        total += data.size();
        if (out.write(data) != data.size())
            throw StorageError(StorageError::Kind::Failed, tr("The attachment could not be written: %1").arg(out.errorString()));
    };
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // One pass over the chunks in their order, each read once, straight from the file.
        QSqlQuery &chunks = m_db.cached(QStringLiteral(
            "SELECT data FROM attachment_chunks WHERE content_id = ? ORDER BY chunk_no"));
        chunks.addBindValue(contentId);
        SqlValues::exec(chunks);
        try {
            while (chunks.next())
                take(chunks.value(0).toByteArray());
        } catch (...) {
            chunks.finish();
            throw;
        }
        chunks.finish();
    } else {
        // One chunk per query: a server connection that buffers whole results holds one chunk only.
        QSqlQuery &chunk = m_db.cached(QStringLiteral("SELECT data FROM attachment_chunks WHERE content_id = ? AND chunk_no = ?"));
        const qint64 chunks = chunkSize > 0 ? (size + chunkSize - 1) / chunkSize : 0;
        for (qint64 number = 0; number < chunks; ++number) {
            chunk.addBindValue(contentId);
            chunk.addBindValue(number);
            SqlValues::exec(chunk);
            const QByteArray data = chunk.next() ? chunk.value(0).toByteArray() : QByteArray();
            chunk.finish();
            if (data.isNull())
                break;
            take(data);
        }
    }
    if (total != size || hasher.hexResult() != sha256)
        throw StorageError(StorageError::Kind::Failed,
                           tr("The stored content of this attachment is damaged: it no longer matches its "
                              "SHA-256 %1. Restore it from a backup.").arg(QString::fromLatin1(sha256)));
}

QByteArray AttachmentStore::read(const QByteArray &sha256) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    readTo(sha256, buffer);
    return buffer.data();
}

QStringList AttachmentStore::verifyAll(qint64 *checked) const
{
    QStringList problems;
    // The list is read whole first: reading content runs queries of its own, and a server
    // connection streams one result at a time (the rest of the list would be lost).
    QList<QByteArray> contents;
    QSqlQuery list = m_db.prepare(QStringLiteral("SELECT sha256 FROM attachment_content ORDER BY id"));
    SqlValues::exec(list);
    while (list.next())
        contents.append(list.value(0).toString().toLatin1());
    list.finish();
    qint64 count = 0;
    for (const QByteArray &sha256 : std::as_const(contents)) {
        ++count;
        NullDevice nowhere;
        nowhere.open(QIODevice::WriteOnly);
        try {
            readTo(sha256, nowhere);
        } catch (const StorageError &error) {
            problems.append(tr("attachment content %1: %2").arg(QString::fromLatin1(sha256), error.message()));
        }
    }
    if (checked)
        *checked = count;
    return problems;
}
