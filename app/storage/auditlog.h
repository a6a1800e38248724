#pragma once

#include "../domain/auditanchor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>

class AccessScope;
class Database;

// The append-only, hash-chained audit log. Each record's hash covers its fields, the
// hashes of its before/after content and the previous record's hash, so content can be
// erased at the end of a retention term while the chain stays provable.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry {
        QString action;         // insert, update, delete, or an event: login, view, print, export …
        QString entity;         // table name for row changes
        qint64 entityId = 0;
        QByteArray beforeJson;  // canonical row content, empty when none
        QByteArray afterJson;
        QString detail;
    };

    // What a full pass over the log found.
    struct Verification {
        qint64 records = 0;
        qint64 erasedRecords = 0;
        QStringList problems;
        // Last recorded state of every row: after-hash, or empty when the last action deleted it.
        QHash<QPair<QString, qint64>, QByteArray> lastState;
    };

    static const QByteArray GenesisHash;

    // Appends within the caller's open transaction. Not thread-safe; one per Transaction. On
    // PostgreSQL the server composes and chains the record (audit_append).
    explicit AuditLog(Database &db);
    void append(const AccessScope &actor, const Entry &entry);

    static Verification verify(Database &db);
    // The newest record, as an anchor to write down outside the database (seq 0 when empty).
    static AuditAnchor head(Database &db);
    // Empty when the trail still holds the anchor's record with that hash; else what is wrong.
    static QString anchorProblem(Database &db, const AuditAnchor &anchor);

    // The chain hash of one record, from its fields.
    static QByteArray recordHash(qint64 seq, const QString &at, qint64 userId, const QString &login,
                                 const QString &action, const QString &entity, qint64 entityId,
                                 const QByteArray &beforeHash, const QByteArray &afterHash,
                                 const QString &detail, const QByteArray &prevHash);

    // Who last changed a row and when, for "changed meanwhile by …" messages.
    static QPair<QString, QString> lastChange(Database &db, const QString &entity, qint64 id);

private:
    void appendOnServer(const AccessScope &actor, const Entry &entry);

    Database &m_db;
    bool m_loaded = false;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
};
