#pragma once

#include "../domain/protocolversion.h"

#include <QDate>
#include <QList>
#include <optional>

class Database;
class Transaction;

class ProtocolRepository
{
public:
    explicit ProtocolRepository(Database &db);
    // Versions by in-force date, without their articles.
    QList<ProtocolVersion> versions() const;
    // The version in force on `date`, with its articles in order.
    std::optional<ProtocolVersion> inForceOn(const QDate &date) const;
    // One version with its articles.
    std::optional<ProtocolVersion> version(qint64 id) const;
    QList<ProtocolArticle> articles(qint64 versionId) const;

    // The protocol editor. A new version starts as a copy of `copyFromId` (0: empty).
    void insertVersion(Transaction &tx, ProtocolVersion &version, qint64 copyFromId);
    void updateVersion(Transaction &tx, ProtocolVersion &version);
    void insertArticle(Transaction &tx, ProtocolArticle &article);
    void updateArticle(Transaction &tx, ProtocolArticle &article);
    // Refuses (Invalid) an article that incidents link: their wording must stay as it was.
    void removeArticle(Transaction &tx, qint64 articleId);
    int incidentsUsing(qint64 articleId) const;
    int incidentsUnder(qint64 versionId) const;

private:
    Database &m_db;
};
