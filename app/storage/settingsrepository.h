#pragma once

#include <QHash>
#include <QString>

class Database;
class Transaction;

// Named settings with the legal source of their default, shown beside them in Beheer.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);
    QString value(const QString &key, const QString &fallback = QString()) const;
    int intValue(const QString &key, int fallback) const;
    // Every setting's value by key, in one query (the legal terms read twenty of them).
    QHash<QString, QString> values() const;
    QString source(const QString &key) const;
    void setValue(Transaction &tx, const QString &key, const QString &value);

private:
    Database &m_db;
};
