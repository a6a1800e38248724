#include "pendingrestore.h"

#include <QSettings>

namespace PendingRestore {

void ask(const QString &backup, const QString &location, const QString &sealedFrom)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/pendingRestore"), backup);
    settings.setValue(QStringLiteral("backup/pendingRestoreFor"), location);
    settings.setValue(QStringLiteral("backup/pendingRestoreSealedFrom"), sealedFrom);
}

Pending take(const QString &location)
{
    QSettings settings;
    Pending pending;
    pending.backup = settings.value(QStringLiteral("backup/pendingRestore")).toString();
    pending.sealedFrom = settings.value(QStringLiteral("backup/pendingRestoreSealedFrom")).toString();
    const QString forLocation = settings.value(QStringLiteral("backup/pendingRestoreFor")).toString();
    settings.remove(QStringLiteral("backup/pendingRestore"));
    settings.remove(QStringLiteral("backup/pendingRestoreFor"));
    settings.remove(QStringLiteral("backup/pendingRestoreSealedFrom"));
    if (forLocation != location)
        return {};
    return pending;
}

} // namespace PendingRestore
