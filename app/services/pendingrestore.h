#pragma once

#include <QString>

// A backup chosen in Beheer to be put back: remembered on this PC while the program restarts,
// so that the database file is replaced while nothing has it open. A sealed backup is opened
// before the restart (the passphrase is asked then, never kept): what waits is its checked
// plain copy beside the database, which goes once it has been put back or refused.
namespace PendingRestore {

struct Pending {
    QString backup;         // the file to put back; empty when none waits
    QString sealedFrom;     // the sealed backup it was opened from; empty for a plain backup
};

void ask(const QString &backup, const QString &location, const QString &sealedFrom = QString());
// The backup waiting for `location`, and forgets it.
Pending take(const QString &location);

} // namespace PendingRestore
