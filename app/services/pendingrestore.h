#pragma once

#include <QString>

// A backup chosen in Beheer to be put back: remembered on this PC while the program restarts,
// so that the database file is replaced while nothing has it open.
namespace PendingRestore {

void ask(const QString &backup, const QString &location);
// The backup waiting for `location`, and forgets it; empty when none.
QString take(const QString &location);

} // namespace PendingRestore
