#pragma once

#include <QString>
#include <QStringList>

// Splits a migration file into statements: each ends with ';' at the end of a line, except
// inside CREATE TRIGGER, which ends at a line 'END;'. Comment lines ('--') are dropped.
namespace SqlScript {

QStringList statements(const QString &script);

} // namespace SqlScript
