#pragma once

#include "../domain/accessscope.h"
#include "../domain/protocolarticle.h"
#include "../domain/protocolversion.h"

#include <QCoreApplication>

class Database;

// The protocol's versions and articles (Beheer → Protocol): administrators only. The rules live
// here: a version has a name and an in-force date no other version has; an article has a code
// (unique in its version), a section and a title; an article that incidents link stays.
class ProtocolService
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolService)

public:
    ProtocolService(Database &db, const AccessScope &actor);
    // A new version, starting as a copy of the articles of `copyFromId` (0: empty).
    void addVersion(ProtocolVersion &version, qint64 copyFromId);
    void saveVersion(ProtocolVersion &version);
    void saveArticle(ProtocolArticle &article);
    void removeArticle(qint64 articleId);

private:
    void checkVersion(const ProtocolVersion &version) const;

    Database &m_db;
    AccessScope m_actor;
};
