#include "settingsrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

SettingsRepository::SettingsRepository(Database &db) : m_db(db)
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toString() : fallback;
}

int SettingsRepository::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int result = value(key).toInt(&ok);
    return ok ? result : fallback;
}

QHash<QString, QString> SettingsRepository::values() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT key, value FROM settings"));
    SqlValues::exec(query);
    QHash<QString, QString> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

QString SettingsRepository::source(const QString &key) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT source FROM settings WHERE key = ?"));
    query.addBindValue(key);
    SqlValues::exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

void SettingsRepository::setValue(Transaction &tx, const QString &key, const QString &value)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, version FROM settings WHERE key = ?"));
    query.addBindValue(key);
    SqlValues::exec(query);
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 version = query.value(1).toLongLong();
        query.finish();
        tx.update(QStringLiteral("settings"), id, version, { { "value", value } });
    } else {
        query.finish();
        tx.insert(QStringLiteral("settings"), { { "key", key }, { "value", value } });
    }
}
