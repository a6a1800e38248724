#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// Changing the settings (Beheer → Instellingen, the language included): administrators only,
// each numeric value within its definition's range, all of them in one transaction.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    SettingsService(Database &db, const AccessScope &actor);
    // `values` by key as stored (numeric settings already scaled). Throws StorageError: Denied
    // for someone else than an administrator, Invalid for an unknown key or a value out of range;
    // then nothing was changed.
    void save(const QHash<QString, QString> &values);

private:
    Database &m_db;
    AccessScope m_actor;
};
