#pragma once

#include "../domain/accessscope.h"
#include "../domain/action.h"

#include <QCoreApplication>

class Database;

// Actions by hand and their completion. A police report is closed (done, with the police
// reference, or not needed) only by a user who may file one (a user setting). A letter that
// starts a term, marked sent, moves the term to run from that day.
class ActionService
{
    Q_DECLARE_TR_FUNCTIONS(ActionService)

public:
    ActionService(Database &db, const AccessScope &actor);
    void add(Action &action);
    void markDone(Action &action, const QDate &doneOn, const QString &note, const QString &policeReference = QString());
    void markNotNeeded(Action &action, const QString &reason);

private:
    // The user may handle this action, in a case or dossier they see; else refused and logged.
    // Marking a police report done is for authorised users of any role (checked by markDone).
    void requireHandling(const Action &action, bool policeReportDone) const;
    // A police report action is closed, done or not needed, only by an authorised user.
    void requirePoliceAuthority(const Action &action) const;

    Database &m_db;
    AccessScope m_actor;
};
