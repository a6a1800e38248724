#include "pendingrestore.h"

#include <QSettings>

namespace PendingRestore {

void ask(const QString &backup, const QString &location)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/pendingRestore"), backup);
    settings.setValue(QStringLiteral("backup/pendingRestoreFor"), location);
}

QString take(const QString &location)
{
    QSettings settings;
    const QString backup = settings.value(QStringLiteral("backup/pendingRestore")).toString();
    const QString forLocation = settings.value(QStringLiteral("backup/pendingRestoreFor")).toString();
    settings.remove(QStringLiteral("backup/pendingRestore"));
    settings.remove(QStringLiteral("backup/pendingRestoreFor"));
    return forLocation == location ? backup : QString();
}

} // namespace PendingRestore
