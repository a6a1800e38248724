#include "protocolrepository.h"

#include "database.h"
#include "sqlvalues.h"

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
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, version, code, section, section_title, title, body, is_sanction, sort_order "
        "FROM protocol_articles WHERE protocol_version_id = ? ORDER BY sort_order, code"));
    query.addBindValue(found->id);
    SqlValues::exec(query);
    while (query.next()) {
        ProtocolArticle a;
        a.id = query.value(0).toLongLong();
        a.version = query.value(1).toLongLong();
        a.protocolVersionId = found->id;
        a.code = query.value(2).toString();
        a.section = query.value(3).toString();
        a.sectionTitle = query.value(4).toString();
        a.title = query.value(5).toString();
        a.body = query.value(6).toString();
        a.isSanction = query.value(7).toLongLong() != 0;
        a.sortOrder = query.value(8).toInt();
        found->articles.append(a);
    }
    return found;
}
