#pragma once

#include "../domain/protocolversion.h"

#include <QDate>
#include <QList>
#include <optional>

class Database;

class ProtocolRepository
{
public:
    explicit ProtocolRepository(Database &db);
    // Versions by in-force date, without their articles.
    QList<ProtocolVersion> versions() const;
    // The version in force on `date`, with its articles in order.
    std::optional<ProtocolVersion> inForceOn(const QDate &date) const;

private:
    Database &m_db;
};
