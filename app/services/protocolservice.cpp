#include "protocolservice.h"

#include "../storage/protocolrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "permissions.h"

ProtocolService::ProtocolService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void ProtocolService::checkVersion(const ProtocolVersion &version) const
{
    if (version.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Give the version a name."));
    if (!version.inForceFrom.isValid())
        throw StorageError(StorageError::Kind::Invalid, tr("Enter the day the version is in force from."));
    for (const ProtocolVersion &other : ProtocolRepository(m_db).versions())
        if (other.id != version.id && other.inForceFrom == version.inForceFrom)
            throw StorageError(StorageError::Kind::Invalid,
                               tr("%1 is already in force from %2; choose another date.")
                                   .arg(other.name, version.inForceFrom.toString(QStringLiteral("dd-MM-yyyy"))));
}

void ProtocolService::addVersion(ProtocolVersion &version, qint64 copyFromId)
{
    Permissions::require(m_db, m_actor, Permission::ManageProtocol, QStringLiteral("protocol_versions"));
    ProtocolVersion added = version;
    added.id = 0;
    added.name = added.name.trimmed();
    checkVersion(added);
    Transaction tx(m_db, m_actor);
    ProtocolRepository(m_db).insertVersion(tx, added, copyFromId);
    tx.commit();
    version = added;
}

void ProtocolService::saveVersion(ProtocolVersion &version)
{
    Permissions::require(m_db, m_actor, Permission::ManageProtocol, QStringLiteral("protocol_versions"), version.id);
    ProtocolVersion saved = version;
    saved.name = saved.name.trimmed();
    checkVersion(saved);
    Transaction tx(m_db, m_actor);
    ProtocolRepository(m_db).updateVersion(tx, saved);
    tx.commit();
    version = saved;
}

void ProtocolService::saveArticle(ProtocolArticle &article)
{
    Permissions::require(m_db, m_actor, Permission::ManageProtocol, QStringLiteral("protocol_articles"), article.id);
    ProtocolArticle saved = article;
    saved.code = saved.code.trimmed().toUpper();
    if (saved.code.isEmpty() || saved.section.trimmed().isEmpty() || saved.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("An article needs a code, a section and a title."));
    ProtocolRepository protocol(m_db);
    for (const ProtocolArticle &other : protocol.articles(saved.protocolVersionId))
        if (other.id != saved.id && other.code.compare(saved.code, Qt::CaseInsensitive) == 0)
            throw StorageError(StorageError::Kind::Invalid, tr("This version already has an article %1.").arg(saved.code));
    Transaction tx(m_db, m_actor);
    if (saved.id == 0)
        protocol.insertArticle(tx, saved);
    else
        protocol.updateArticle(tx, saved);
    tx.commit();
    article = saved;
}

void ProtocolService::removeArticle(qint64 articleId)
{
    Permissions::require(m_db, m_actor, Permission::ManageProtocol, QStringLiteral("protocol_articles"), articleId);
    Transaction tx(m_db, m_actor);
    ProtocolRepository(m_db).removeArticle(tx, articleId);
    tx.commit();
}
