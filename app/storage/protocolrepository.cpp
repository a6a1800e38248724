#include "protocolrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QCoreApplication>

ProtocolRepository::ProtocolRepository(Database &db) : m_db(db)
{
}

QList<ProtocolVersion> ProtocolRepository::versions() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, name, in_force_from, notes FROM protocol_versions ORDER BY in_force_from"));
    SqlValues::exec(query);
    QList<ProtocolVersion> result;
    while (query.next()) {
        ProtocolVersion v;
        v.id = query.value(0).toLongLong();
        v.version = query.value(1).toLongLong();
        v.name = query.value(2).toString();
        v.inForceFrom = SqlValues::toDate(query.value(3));
        v.notes = query.value(4).toString();
        result.append(v);
    }
    return result;
}

std::optional<ProtocolVersion> ProtocolRepository::inForceOn(const QDate &date) const
{
    std::optional<ProtocolVersion> found;
    for (const ProtocolVersion &v : versions())
        if (v.inForceFrom <= date)
            found = v;
    if (!found)
        return std::nullopt;
    found->articles = articles(found->id);
    return found;
}

std::optional<ProtocolVersion> ProtocolRepository::version(qint64 id) const
{
    for (ProtocolVersion v : versions())
        if (v.id == id) {
            v.articles = articles(id);
            return v;
        }
    return std::nullopt;
}

QList<ProtocolArticle> ProtocolRepository::articles(qint64 versionId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, code, section, section_title, title, body, is_sanction, sort_order "
        "FROM protocol_articles WHERE protocol_version_id = ? ORDER BY sort_order, code"));
    query.addBindValue(versionId);
    SqlValues::exec(query);
    QList<ProtocolArticle> result;
    while (query.next()) {
        ProtocolArticle a;
        a.id = query.value(0).toLongLong();
        a.version = query.value(1).toLongLong();
        a.protocolVersionId = versionId;
        a.code = query.value(2).toString();
        a.section = query.value(3).toString();
        a.sectionTitle = query.value(4).toString();
        a.title = query.value(5).toString();
        a.body = query.value(6).toString();
        a.isSanction = query.value(7).toLongLong() != 0;
        a.sortOrder = query.value(8).toInt();
        result.append(a);
    }
    return result;
}

namespace {

QVariantMap articleRow(const ProtocolArticle &a)
{
    return { { "code", a.code.trimmed() },
             { "section", a.section.trimmed() },
             { "section_title", a.sectionTitle.trimmed().isEmpty() ? QStringLiteral("") : a.sectionTitle.trimmed() },
             { "title", a.title.trimmed() },
             { "body", a.body.isEmpty() ? QStringLiteral("") : a.body },
             { "is_sanction", SqlValues::flag(a.isSanction) },
             { "sort_order", a.sortOrder } };
}

} // namespace

void ProtocolRepository::insertVersion(Transaction &tx, ProtocolVersion &version, qint64 copyFromId)
{
    version.id = tx.insert(QStringLiteral("protocol_versions"),
                           { { "name", version.name.trimmed() },
                             { "in_force_from", SqlValues::date(version.inForceFrom) },
                             { "notes", SqlValues::text(version.notes) } });
    version.version = 1;
    version.articles.clear();
    if (copyFromId == 0)
        return;
    // A new version starts as a copy; the old one keeps its own rows for the incidents under it.
    for (ProtocolArticle article : articles(copyFromId)) {
        article.protocolVersionId = version.id;
        insertArticle(tx, article);
        version.articles.append(article);
    }
}

void ProtocolRepository::updateVersion(Transaction &tx, ProtocolVersion &version)
{
    version.version = tx.update(QStringLiteral("protocol_versions"), version.id, version.version,
                                { { "name", version.name.trimmed() },
                                  { "in_force_from", SqlValues::date(version.inForceFrom) },
                                  { "notes", SqlValues::text(version.notes) } });
}

void ProtocolRepository::insertArticle(Transaction &tx, ProtocolArticle &article)
{
    QVariantMap row = articleRow(article);
    row.insert(QStringLiteral("protocol_version_id"), article.protocolVersionId);
    article.id = tx.insert(QStringLiteral("protocol_articles"), row);
    article.version = 1;
}

void ProtocolRepository::updateArticle(Transaction &tx, ProtocolArticle &article)
{
    article.version = tx.update(QStringLiteral("protocol_articles"), article.id, article.version, articleRow(article));
}

int ProtocolRepository::incidentsUsing(qint64 articleId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM incident_articles WHERE article_id = ?"));
    query.addBindValue(articleId);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

int ProtocolRepository::incidentsUnder(qint64 versionId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents WHERE protocol_version_id = ?"));
    query.addBindValue(versionId);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void ProtocolRepository::removeArticle(Transaction &tx, qint64 articleId)
{
    if (incidentsUsing(articleId) > 0)
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("ProtocolRepository",
                                                       "This article is linked to incidents and stays; change its "
                                                       "text in a new protocol version instead."));
    tx.remove(QStringLiteral("protocol_articles"), articleId);
}
