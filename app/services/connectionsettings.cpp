#include "connectionsettings.h"

#include "../storage/database.h"

#include <QSettings>
#include <QUrl>

namespace ConnectionSettings {

static const char *Key = "database/location";

QString location()
{
    const QString stored = QSettings().value(QLatin1String(Key)).toString();
    return stored.isEmpty() ? Database::defaultLocation() : stored;
}

bool isStored()
{
    return !QSettings().value(QLatin1String(Key)).toString().isEmpty();
}

void store(const QString &location)
{
    const QString safe = Database::isServerLocation(location) ? QUrl(location).toString(QUrl::RemovePassword) : location;
    QSettings().setValue(QLatin1String(Key), safe);
}

} // namespace ConnectionSettings
