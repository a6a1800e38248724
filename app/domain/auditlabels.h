#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QString>

// Makes audit records readable: Dutch words for actions and columns, and a row's content before
// and after a change as a list of fields with their values formatted for people.
namespace AuditLabels {

struct FieldChange {
    QString field;          // column name
    QString label;          // the column in words
    QString before;
    QString after;
    bool changed = false;
};

QString action(const QString &action);
// Every action the program writes, for the viewer's filter.
QStringList knownActions();
QString field(const QString &column);
// The fields of two canonical rows (either may be empty), in column order of the row.
QList<FieldChange> changes(const QByteArray &beforeJson, const QByteArray &afterJson);

} // namespace AuditLabels
