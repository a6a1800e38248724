#pragma once

#include <QString>
#include <QStringList>

// Splits a migration file into statements. A statement ends with ';' at the end of a line,
// except inside a $$-quoted body (PostgreSQL functions) and inside a SQLite trigger body
// (BEGIN … END;). Comment lines ('--') outside statements are dropped.
namespace SqlScript {

QStringList statements(const QString &script);

} // namespace SqlScript
