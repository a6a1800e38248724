#include "auditlog.h"

#include "../domain/accessscope.h"
#include "canonicalrow.h"
#include "database.h"
#include "sha256.h"
#include "sqlvalues.h"

#include <QSqlRecord>

const QByteArray AuditLog::GenesisHash(64, '0');

namespace {

// Bound as text, never as NULL: a null QString would be stored as NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

AuditLog::AuditLog(Database &db) : m_db(db)
{
}

QByteArray AuditLog::recordHash(qint64 seq, const QString &at, qint64 userId, const QString &login,
                                const QString &action, const QString &entity, qint64 entityId,
                                const QByteArray &beforeHash, const QByteArray &afterHash,
                                const QString &detail, const QByteArray &prevHash)
{
    const QChar sep(0x1f);
    const QString text = QString::number(seq) + sep + at + sep + QString::number(userId) + sep + login + sep
                         + action + sep + entity + sep + QString::number(entityId) + sep
                         + QString::fromLatin1(beforeHash) + sep + QString::fromLatin1(afterHash) + sep + detail
                         + sep + QString::fromLatin1(prevHash);
    return Sha256::hex(text.toUtf8());
}

void AuditLog::append(const AccessScope &actor, const Entry &entry)
{
    if (m_db.dialect() == Database::Dialect::Postgresql) {
        appendOnServer(actor, entry);
        return;
    }
    if (!m_loaded) {
        QSqlQuery &last = m_db.cached(QStringLiteral("SELECT seq, hash FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"));
        SqlValues::exec(last);
        if (last.next()) {
            m_lastSeq = last.value(0).toLongLong();
            m_lastHash = last.value(1).toString().toLatin1();
        } else {
            m_lastSeq = 0;
            m_lastHash = GenesisHash;
        }
        last.finish();
        m_loaded = true;
    }
    const qint64 seq = m_lastSeq + 1;
    const QString at = SqlValues::momentText(SqlValues::now());
    const QByteArray beforeHash = CanonicalRow::hash(entry.beforeJson);
    const QByteArray afterHash = CanonicalRow::hash(entry.afterJson);
    const QByteArray hash = recordHash(seq, at, actor.userId(), actor.login(), entry.action, entry.entity,
                                       entry.entityId, beforeHash, afterHash, entry.detail, m_lastHash);

    QSqlQuery &insert = m_db.cached(QStringLiteral(
        "INSERT INTO audit_log (seq, at, user_id, user_login, action, entity, entity_id, before_json, "
        "after_json, before_hash, after_hash, detail, content_erased, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    insert.addBindValue(seq);
    insert.addBindValue(at);
    insert.addBindValue(SqlValues::id(actor.userId()));
    insert.addBindValue(nonNull(actor.login()));
    insert.addBindValue(entry.action);
    insert.addBindValue(entry.entity);
    insert.addBindValue(SqlValues::id(entry.entityId));
    insert.addBindValue(entry.beforeJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(entry.beforeJson)));
    insert.addBindValue(entry.afterJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(entry.afterJson)));
    insert.addBindValue(nonNull(QString::fromLatin1(beforeHash)));
    insert.addBindValue(nonNull(QString::fromLatin1(afterHash)));
    insert.addBindValue(nonNull(entry.detail));
    insert.addBindValue(QString::fromLatin1(m_lastHash));
    insert.addBindValue(QString::fromLatin1(hash));
    SqlValues::exec(insert);
    insert.finish();
    m_lastSeq = seq;
    m_lastHash = hash;
}

void AuditLog::appendOnServer(const AccessScope &actor, const Entry &entry)
{
    // The server numbers, stamps, hashes and links the record (audit_append, migration 9);
    // the client hands over only what happened.
    QSqlQuery &append = m_db.cached(QStringLiteral("SELECT audit_append(?, ?, ?, ?, ?, ?, ?, ?)"));
    append.addBindValue(actor.userId());
    append.addBindValue(nonNull(actor.login()));
    append.addBindValue(entry.action);
    append.addBindValue(entry.entity);
    append.addBindValue(entry.entityId);
    append.addBindValue(entry.beforeJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(entry.beforeJson)));
    append.addBindValue(entry.afterJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(entry.afterJson)));
    append.addBindValue(nonNull(entry.detail));
    SqlValues::exec(append);
    append.finish();
}

AuditLog::Verification AuditLog::verify(Database &db)
{
    Verification result;
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT seq, at, user_id, user_login, action, entity, entity_id, before_json, after_json, "
        "before_hash, after_hash, detail, content_erased, prev_hash, hash FROM audit_log ORDER BY seq"));
    SqlValues::exec(query);
    QByteArray previous = GenesisHash;
    qint64 expectedSeq = 1;
    const auto problem = [&result](qint64 seq, const QString &text) {
        if (result.problems.size() < 200)
            result.problems.append(tr("audit record %1: %2").arg(seq).arg(text));
    };
    while (query.next()) {
        ++result.records;
        const qint64 seq = query.value(0).toLongLong();
        const QString action = query.value(4).toString();
        const QString entity = query.value(5).toString();
        const qint64 entityId = query.value(6).toLongLong();
        const QByteArray beforeJson = query.value(7).toString().toUtf8();
        const QByteArray afterJson = query.value(8).toString().toUtf8();
        const QByteArray beforeHash = query.value(9).toString().toLatin1();
        const QByteArray afterHash = query.value(10).toString().toLatin1();
        const bool erased = query.value(12).toLongLong() != 0;
        const QByteArray prevHash = query.value(13).toString().toLatin1();
        const QByteArray hash = query.value(14).toString().toLatin1();

        if (seq != expectedSeq)
            problem(seq, tr("sequence number %1 expected; records are missing or were inserted").arg(expectedSeq));
        expectedSeq = seq + 1;
        if (prevHash != previous)
            problem(seq, tr("does not link to the previous record; the chain is broken here"));
        const QByteArray computed = recordHash(seq, query.value(1).toString(), query.value(2).toLongLong(),
                                               query.value(3).toString(), action, entity, entityId, beforeHash,
                                               afterHash, query.value(11).toString(), prevHash);
        if (computed != hash)
            problem(seq, tr("its content does not match its hash; the record was changed"));
        if (erased) {
            ++result.erasedRecords;
            if (!beforeJson.isEmpty() || !afterJson.isEmpty())
                problem(seq, tr("marked as erased but still holds content"));
        } else {
            if (CanonicalRow::hash(beforeJson) != beforeHash)
                problem(seq, tr("the recorded 'before' content was changed"));
            if (CanonicalRow::hash(afterJson) != afterHash)
                problem(seq, tr("the recorded 'after' content was changed"));
        }
        if (action == QLatin1String("insert") || action == QLatin1String("update"))
            result.lastState.insert({ entity, entityId }, afterHash);
        else if (action == QLatin1String("delete"))
            result.lastState.insert({ entity, entityId }, QByteArray());
        previous = hash;
    }
    return result;
}

QPair<QString, QString> AuditLog::lastChange(Database &db, const QString &entity, qint64 id)
{
    QSqlQuery query = db.prepare(db.dialect() == Database::Dialect::Postgresql
        ? QStringLiteral("SELECT user_login, at FROM audit_last_change(?, ?) WHERE user_login IS NOT NULL")
        : QStringLiteral("SELECT user_login, at FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(entity);
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return {};
    return { query.value(0).toString(), query.value(1).toString() };
}

AuditAnchor AuditLog::head(Database &db)
{
    // On a server the trail itself is for administrators; its head is for anyone who prints.
    QSqlQuery query = db.prepare(db.dialect() == Database::Dialect::Postgresql
                                     ? QStringLiteral("SELECT seq, hash FROM audit_head() WHERE seq IS NOT NULL")
                                     : QStringLiteral("SELECT seq, hash FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"));
    SqlValues::exec(query);
    if (!query.next())
        return AuditAnchor::of(0, QString::fromLatin1(GenesisHash));
    return AuditAnchor::of(query.value(0).toLongLong(), query.value(1).toString());
}

QString AuditLog::anchorProblem(Database &db, const AuditAnchor &anchor)
{
    if (anchor.seq == 0)
        return {};      // the start of every chain
    QSqlQuery query = db.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    query.addBindValue(anchor.seq);
    SqlValues::exec(query);
    if (!query.next())
        return tr("Audit mark %1: record %2 is no longer in the audit trail; the trail was cut short after it "
                  "was written down.").arg(anchor.text()).arg(anchor.seq);
    if (!query.value(0).toString().startsWith(anchor.hashPrefix, Qt::CaseInsensitive))
        return tr("Audit mark %1: record %2 now has another hash; the trail up to it was rewritten after the "
                  "mark was written down.").arg(anchor.text()).arg(anchor.seq);
    return {};
}
