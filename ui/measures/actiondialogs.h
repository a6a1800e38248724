#pragma once

#include "domain/action.h"
#include "services/session.h"

class QWidget;

// The small dialogs around an action, shared by the case view and Termijnen: add one by hand,
// mark it done (date, note; a police report also needs its reference and an authorised user),
// or mark it not needed with a reason. Each returns true when something was saved.
namespace ActionDialogs {

bool add(QWidget *parent, Session &session, qint64 incidentId);
bool markDone(QWidget *parent, Session &session, Action action);
bool markNotNeeded(QWidget *parent, Session &session, Action action);
// Whether the user may close the action at all (the buttons follow ActionService): a police
// report only an authorised user, either way; anything else whoever handles cases.
bool mayClose(const Session &session, const Action &action);

} // namespace ActionDialogs
