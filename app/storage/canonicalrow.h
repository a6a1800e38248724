#pragma once

#include <QByteArray>
#include <QSqlRecord>
#include <QStringList>

// The one serialisation of a stored row that the audit log records and `check` compares:
// compact JSON, keys sorted, NULL columns left out (so adding a nullable column in a later
// schema does not change the content of existing rows), values normalised across drivers.
namespace CanonicalRow {

// Columns named in `secrets` appear only as "sha256:<digest>" of their value: a change is still
// visible, the value itself (a password hash) is not copied into the audit log.
QByteArray json(const QSqlRecord &record, const QStringList &secrets = QStringList());
// Lower-case hex SHA-256; the empty string for absent content.
QByteArray hash(const QByteArray &content);

} // namespace CanonicalRow
