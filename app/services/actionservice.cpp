#include "actionservice.h"

#include "../storage/actionrepository.h"
#include "../storage/incidentrepository.h"
#include "../storage/personrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"
#include "permissions.h"
#include "procedures.h"

ActionService::ActionService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void ActionService::requireHandling(const Action &action, bool policeReportDone) const
{
    // A police report is marked done by whoever the board authorised for it (checked there);
    // everything else done with actions is part of handling the case or the dossier.
    if (!policeReportDone)
        Permissions::require(m_db, m_actor, action.incidentId != 0 ? Permission::EditCase : Permission::ManagePersons,
                             QStringLiteral("actions"), action.id);
    if (action.incidentId != 0)
        IncidentRepository(m_db).require(m_actor, action.incidentId);
    else if (action.personId != 0)
        PersonRepository(m_db).require(m_actor, action.personId);
}

void ActionService::add(Action &action)
{
    requireHandling(action, false);
    if (action.title.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Describe the action."));
    if (action.incidentId == 0 && action.personId == 0)
        throw StorageError(StorageError::Kind::Invalid, tr("An action belongs to an incident or a person."));
    action.title = action.title.trimmed();
    action.status = ActionStatus::Open;
    action.rule.clear();
    Transaction tx(m_db, m_actor);
    ActionRepository(m_db).insert(tx, action);
    tx.commit();
}

void ActionService::requirePoliceAuthority(const Action &action) const
{
    // Deciding on a police report, either way, is reserved to users the board authorised.
    if (action.kind != ActionKind::Aangifte || m_actor.isSystem())
        return;
    const auto user = UserRepository(m_db).get(AccessScope::system(), m_actor.userId());
    if (user && user->mayReportToPolice)
        return;
    Permissions::deny(m_db, m_actor, QStringLiteral("actions"), action.id, QStringLiteral("write: police_report"),
                      tr("No access: only a user authorised to file police reports can close this action, as done or "
                         "as not needed (Beheer → Users). The attempt has been recorded."));
}

void ActionService::markDone(Action &action, const QDate &doneOn, const QString &note, const QString &policeReference)
{
    requireHandling(action, action.kind == ActionKind::Aangifte);
    if (action.status != ActionStatus::Open)
        throw StorageError(StorageError::Kind::Invalid, tr("This action is no longer open."));
    if (!doneOn.isValid() || doneOn > QDate::currentDate())
        throw StorageError(StorageError::Kind::Invalid, tr("Enter the day it was done (today or earlier)."));
    Action done = action;
    if (action.kind == ActionKind::Aangifte) {
        requirePoliceAuthority(action);
        if (policeReference.trimmed().isEmpty())
            throw StorageError(StorageError::Kind::Invalid, tr("Enter the police reference of the report."));
        done.policeReference = policeReference.trimmed();
    }
    done.status = ActionStatus::Gedaan;
    done.doneOn = doneOn;
    done.doneNote = note.trimmed();
    Transaction tx(m_db, m_actor);
    ActionRepository(m_db).update(tx, done);
    // A letter sent later than decided moves the terms that run from its sending.
    if (done.measureId != 0)
        Procedures(m_db).replanTerms(tx, done.measureId);
    tx.commit();
    action = done;
}

void ActionService::markNotNeeded(Action &action, const QString &reason)
{
    requireHandling(action, action.kind == ActionKind::Aangifte);
    if (action.status != ActionStatus::Open)
        throw StorageError(StorageError::Kind::Invalid, tr("This action is no longer open."));
    requirePoliceAuthority(action);
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Say why the action is not needed."));
    Action skipped = action;
    skipped.status = ActionStatus::NietNodig;
    skipped.notNeededReason = reason.trimmed();
    Transaction tx(m_db, m_actor);
    ActionRepository(m_db).update(tx, skipped);
    tx.commit();
    action = skipped;
}
