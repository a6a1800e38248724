#pragma once

#include "../domain/accessscope.h"
#include "../domain/action.h"

#include <QCoreApplication>

class Database;

// Actions by hand and their completion. A police report is marked done only by a user who
// may file one (a user setting), with the police reference.
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

    Database &m_db;
    AccessScope m_actor;
};
