#pragma once

#include <QList>
#include <QString>

// A setting a board may change in Beheer: its key in the settings table, what it means, its
// unit and its allowed range. The default and its legal source live in the database.
struct SettingDefinition
{
    enum class Group { General, Security, Deadlines };

    QString key;
    QString label;
    QString unit;
    int minimum = 0;
    int maximum = 0;
    Group group = Group::General;
    qint64 scale = 1;       // stored value = shown value × scale (megabytes stored as bytes)

    // Every editable numeric setting, in the order Beheer shows them (labels translated).
    static QList<SettingDefinition> all();
    static QString groupLabel(Group group);
};
