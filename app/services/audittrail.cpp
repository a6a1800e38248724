#include "audittrail.h"

#include "permissions.h"

#include "../storage/auditlog.h"
#include "../storage/auditlogreader.h"
#include "../storage/integritychecker.h"
#include "../storage/schemacatalog.h"

AuditTrail::AuditTrail(Database &db, const AccessScope &reader) : m_db(db), m_reader(reader)
{
}

void AuditTrail::require() const
{
    Permissions::require(m_db, m_reader, Permission::ReadAuditTrail, QStringLiteral("audit_log"));
}

QList<AuditRecord> AuditTrail::list(const AuditFilter &filter, int offset, int limit) const
{
    require();
    return AuditLogReader(m_db).list(filter, offset, limit);
}

int AuditTrail::count(const AuditFilter &filter) const
{
    require();
    return AuditLogReader(m_db).count(filter);
}

std::optional<AuditRecord> AuditTrail::get(qint64 seq) const
{
    require();
    return AuditLogReader(m_db).get(seq);
}

QStringList AuditTrail::logins() const
{
    require();
    return AuditLogReader(m_db).logins();
}

QStringList AuditTrail::entities() const
{
    require();
    return AuditLogReader(m_db).entities();
}

IntegrityReport AuditTrail::check() const
{
    require();
    return IntegrityChecker(m_db).run();
}

AuditAnchor AuditTrail::anchor(Database &db)
{
    return AuditLog::head(db);
}

QString AuditTrail::entityLabel(const QString &entity)
{
    if (entity == QLatin1String("database"))
        return tr("Database");
    return SchemaCatalog::table(entity) ? SchemaCatalog::label(entity) : entity;
}
