#include "auditlogreader.h"

#include "database.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"

namespace {

const char *const columns = "seq, at, user_id, user_login, action, entity, entity_id, before_json, after_json, detail, "
                            "content_erased";

AuditRecord recordOf(const QSqlQuery &query)
{
    AuditRecord r;
    r.seq = query.value(0).toLongLong();
    r.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    r.userId = query.value(2).toLongLong();
    r.login = query.value(3).toString();
    r.action = query.value(4).toString();
    r.entity = query.value(5).toString();
    r.entityId = query.value(6).toLongLong();
    r.beforeJson = query.value(7).toString().toUtf8();
    r.afterJson = query.value(8).toString().toUtf8();
    r.detail = query.value(9).toString();
    r.erased = query.value(10).toLongLong() != 0;
    return r;
}

} // namespace

AuditLogReader::AuditLogReader(Database &db) : m_db(db)
{
}

AuditLogReader::Where AuditLogReader::whereOf(const AuditFilter &filter) const
{
    Where where{ QStringLiteral("1 = 1"), {} };
    const auto add = [&where](const QString &condition, const QVariant &value) {
        where.sql += QStringLiteral(" AND ") + condition;
        where.values.append(value);
    };
    if (!filter.login.isEmpty())
        add(QStringLiteral("user_login = ?"), filter.login);
    if (!filter.entity.isEmpty())
        add(QStringLiteral("entity = ?"), filter.entity);
    if (!filter.action.isEmpty())
        add(QStringLiteral("action = ?"), filter.action);
    if (filter.entityId > 0)
        add(QStringLiteral("entity_id = ?"), filter.entityId);
    // Moments are stored as UTC text; a day filter means the local day.
    if (filter.from.isValid())
        add(QStringLiteral("at >= ?"), SqlValues::momentText(filter.from.startOfDay()));
    if (filter.to.isValid())
        add(QStringLiteral("at < ?"), SqlValues::momentText(filter.to.addDays(1).startOfDay()));
    return where;
}

QList<AuditRecord> AuditLogReader::list(const AuditFilter &filter, int offset, int limit) const
{
    const Where where = whereOf(filter);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    QString order;
    switch (filter.sort) {
    case AuditFilter::Sort::Moment: order = QStringLiteral("seq") + direction; break;
    case AuditFilter::Sort::User: order = QStringLiteral("user_login") + direction + QStringLiteral(", seq DESC"); break;
    case AuditFilter::Sort::Action: order = QStringLiteral("action") + direction + QStringLiteral(", seq DESC"); break;
    case AuditFilter::Sort::Entity:
        order = QStringLiteral("entity") + direction + QStringLiteral(", entity_id") + direction + QStringLiteral(", seq DESC");
        break;
    }
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                                       .arg(QLatin1String(columns), where.sql, order));
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    SqlValues::exec(query);
    QList<AuditRecord> records;
    while (query.next())
        records.append(recordOf(query));
    return records;
}

int AuditLogReader::count(const AuditFilter &filter) const
{
    const Where where = whereOf(filter);
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where.sql);
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<AuditRecord> AuditLogReader::get(qint64 seq) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(QLatin1String(columns)));
    query.addBindValue(seq);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return recordOf(query);
}

QStringList AuditLogReader::distinct(const QString &column) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    SqlValues::exec(query);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    values.removeAll(QString());
    return values;
}

QStringList AuditLogReader::logins() const
{
    return distinct(QStringLiteral("user_login"));
}

QStringList AuditLogReader::entities() const
{
    return distinct(QStringLiteral("entity"));
}
