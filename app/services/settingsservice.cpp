#include "settingsservice.h"

#include "../domain/settingdefinition.h"
#include "../storage/settingsrepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "permissions.h"

SettingsService::SettingsService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void SettingsService::save(const QHash<QString, QString> &values)
{
    Permissions::require(m_db, m_actor, Permission::ManageSettings, QStringLiteral("settings"));
    QHash<QString, SettingDefinition> known;
    for (const SettingDefinition &definition : SettingDefinition::all())
        known.insert(definition.key, definition);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("language")) {
            if (it.value() != QLatin1String("nl") && it.value() != QLatin1String("en"))
                throw StorageError(StorageError::Kind::Invalid, tr("The language must be Dutch or English."));
            continue;
        }
        const auto definition = known.constFind(it.key());
        if (definition == known.cend())
            throw StorageError(StorageError::Kind::Invalid, tr("There is no setting \"%1\".").arg(it.key()));
        bool number = false;
        const qint64 stored = it.value().toLongLong(&number);
        const qint64 shown = definition->scale > 0 ? stored / definition->scale : stored;
        if (!number || stored % definition->scale != 0 || shown < definition->minimum || shown > definition->maximum)
            throw StorageError(StorageError::Kind::Invalid,
                               tr("%1 must lie between %2 and %3 %4; nothing was saved.")
                                   .arg(definition->label)
                                   .arg(definition->minimum)
                                   .arg(definition->maximum)
                                   .arg(definition->unit));
    }
    SettingsRepository settings(m_db);
    Transaction tx(m_db, m_actor);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(tx, it.key(), it.value());
    tx.commit();
}
