#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A setting a board may change in Beheer: its key in the settings table, what it means, its
// unit and its allowed range. The default and its legal source live in the database.
struct SettingDefinition
{
    enum class Group { General, Security, Deadlines, Calendar };

    QString key;
    QString label;
    QString unit;
    int minimum = 0;
    int maximum = 0;
    Group group = Group::General;
    qint64 scale = 1;       // stored value = shown value × scale (megabytes stored as bytes)
    QStringList choices = {};   // a choice: the label of each value from 0 (no unit, no range)
    int fallback = 0;       // the value a database without the setting behaves as

    QString valueText(int value) const;

    // Every editable numeric setting, in the order Beheer shows them (labels translated).
    static QList<SettingDefinition> all();
    static QString groupLabel(Group group);
};
