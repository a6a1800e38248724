#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

// winmail.dat files ([MS-OXTNEF]) made in the tests from known values: the signature, a key,
// then attributes (level, id, length, data, checksum).
namespace TnefFile {

QByteArray attribute(quint8 level, quint32 id, const QByteArray &data);
// A message with a subject, a body and one attachment per (file name, content); `extra`
// attributes follow.
QByteArray make(const QList<std::pair<QByteArray, QByteArray>> &files, const QByteArray &extra = {});
// The MAPI-properties attribute with a property type libytnef does not know: it ends its
// process on it.
QByteArray unknownMapiType();

} // namespace TnefFile
