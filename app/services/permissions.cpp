#include "permissions.h"

#include "../domain/labels.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"

namespace {

// The roles that may, lightest first; the system (migrations, maintenance) may everything.
QList<UserRole> rolesFor(Permission what)
{
    using R = UserRole;
    switch (what) {
    case Permission::ManageUsers:
    case Permission::ManageOrganisation:
    case Permission::ManageSettings:
    case Permission::ManageProtocol:
    case Permission::ManageTemplates:
    case Permission::ManageLadders:
    case Permission::ManageRetention:
    case Permission::ManageBackups:
    case Permission::ReadAuditTrail:
    case Permission::DeletePersons:
        return { R::Beheerder };
    case Permission::ManageLegalHolds:
    case Permission::AnswerAccessRequests:
    case Permission::ManagePersons:
    case Permission::EditCase:
    case Permission::ProposeMeasures:
    case Permission::DecideMeasures:
        return { R::Directeur, R::Bestuur, R::Beheerder };
    case Permission::PrintAndExport:        // a reporter sees, and so prints, only their own cases
    case Permission::RegisterIncident:
    case Permission::AddToCase:
        return { R::Melder, R::Directeur, R::Bestuur, R::Beheerder };
    }
    return {};
}

} // namespace

bool Permissions::allows(const AccessScope &who, Permission what)
{
    return who.isSystem() || rolesFor(what).contains(who.role());
}

QString Permissions::code(Permission what)
{
    switch (what) {
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ManageOrganisation: return QStringLiteral("manage_organisation");
    case Permission::ManageSettings: return QStringLiteral("manage_settings");
    case Permission::ManageProtocol: return QStringLiteral("manage_protocol");
    case Permission::ManageTemplates: return QStringLiteral("manage_templates");
    case Permission::ManageLadders: return QStringLiteral("manage_ladders");
    case Permission::ManageRetention: return QStringLiteral("manage_retention");
    case Permission::ManageBackups: return QStringLiteral("manage_backups");
    case Permission::ReadAuditTrail: return QStringLiteral("read_audit_trail");
    case Permission::DeletePersons: return QStringLiteral("delete_persons");
    case Permission::ManageLegalHolds: return QStringLiteral("manage_legal_holds");
    case Permission::AnswerAccessRequests: return QStringLiteral("answer_access_requests");
    case Permission::PrintAndExport: return QStringLiteral("print_and_export");
    case Permission::ManagePersons: return QStringLiteral("manage_persons");
    case Permission::RegisterIncident: return QStringLiteral("register_incident");
    case Permission::AddToCase: return QStringLiteral("add_to_case");
    case Permission::EditCase: return QStringLiteral("edit_case");
    case Permission::ProposeMeasures: return QStringLiteral("propose_measures");
    case Permission::DecideMeasures: return QStringLiteral("decide_measures");
    }
    return QString();
}

bool Permissions::seesDossierContent(const AccessScope &who)
{
    return who.isSystem() || who.role() != UserRole::Melder;
}

QString Permissions::activity(Permission what)
{
    switch (what) {
    case Permission::ManageUsers: return tr("manage users");
    case Permission::ManageOrganisation: return tr("change the organisation and its schools");
    case Permission::ManageSettings: return tr("change the settings");
    case Permission::ManageProtocol: return tr("change the protocol");
    case Permission::ManageTemplates: return tr("change the letter templates");
    case Permission::ManageLadders: return tr("change the measure ladders and holidays");
    case Permission::ManageRetention: return tr("review and destroy dossiers");
    case Permission::ManageBackups: return tr("make or restore backups");
    case Permission::ReadAuditTrail: return tr("read the audit trail");
    case Permission::DeletePersons: return tr("delete persons");
    case Permission::ManageLegalHolds: return tr("manage legal holds");
    case Permission::AnswerAccessRequests: return tr("answer access requests");
    case Permission::PrintAndExport: return tr("print or export");
    case Permission::ManagePersons: return tr("add or change persons");
    case Permission::RegisterIncident: return tr("register incidents");
    case Permission::AddToCase: return tr("add notes and evidence to a case");
    case Permission::EditCase: return tr("change a case or its status");
    case Permission::ProposeMeasures: return tr("propose measures");
    case Permission::DecideMeasures: return tr("decide measures");
    }
    return QString();
}

void Permissions::deny(Database &db, const AccessScope &who, const QString &entity, qint64 id, const QString &detail,
                       const QString &message)
{
    {
        Transaction tx(db, who);
        tx.logEvent(QStringLiteral("denied"), entity.isEmpty() ? QStringLiteral("database") : entity, id, detail);
        tx.commit();
    }
    throw StorageError(StorageError::Kind::Denied, message);
}

void Permissions::requireSchool(Database &db, const AccessScope &who, qint64 schoolId, const QString &entity, qint64 id)
{
    if (who.seesAllSchools() || schoolId == 0 || who.schoolIds().contains(schoolId))
        return;
    deny(db, who, entity, id, QStringLiteral("write for school %1").arg(schoolId),
         tr("No access: you work for other schools than this one. The attempt has been recorded."));
}

void Permissions::require(Database &db, const AccessScope &who, Permission what, const QString &entity, qint64 id)
{
    if (allows(who, what))
        return;
    const QList<UserRole> roles = rolesFor(what);
    const QString whoMay = roles == QList<UserRole>{ UserRole::Beheerder }
                               ? tr("Only an administrator may do that; ask one of them.")
                               : tr("A director, the board or an administrator may do that; ask one of them.");
    deny(db, who, entity, id, QStringLiteral("write: %1").arg(code(what)),
         tr("No access: as %1 you may not %2. %3 The attempt has been recorded.")
             .arg(Labels::role(who.role()).toLower(), activity(what), whoMay));
}
