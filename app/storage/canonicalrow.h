#pragma once

#include <QByteArray>
#include <QSqlRecord>

// The one serialisation of a stored row that the audit log records and `check` compares:
// compact JSON, keys sorted, NULL columns left out (so adding a nullable column in a later
// schema does not change the content of existing rows), values normalised across drivers.
namespace CanonicalRow {

QByteArray json(const QSqlRecord &record);
// Lower-case hex SHA-256; the empty string for absent content.
QByteArray hash(const QByteArray &content);

} // namespace CanonicalRow
