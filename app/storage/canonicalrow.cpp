#include "canonicalrow.h"

#include "sha256.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QVarLengthArray>
#include <algorithm>
#include <QSqlField>

namespace CanonicalRow {

namespace {

char hexDigit(int value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// A JSON string exactly as QJsonDocument writes it (the form of every row already in the
// audit trail): UTF-8; quote, backslash and control characters escaped; a surrogate without
// its partner as \uXXXX.
void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t u = *at++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '\b': out += 'b'; break;
            case '\f': out += 'f'; break;
            case '\n': out += 'n'; break;
            case '\r': out += 'r'; break;
            case '\t': out += 't'; break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && at != end && QChar::isLowSurrogate(*at)) {
            const char32_t code = QChar::surrogateToUcs4(u, *at++);
            out += char(0xf0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3f));
            out += char(0x80 | ((code >> 6) & 0x3f));
            out += char(0x80 | (code & 0x3f));
        } else {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hexDigit((u >> shift) & 0xf);
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out += value.toBool() ? '1' : '0';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double: {
        // Rare (no column holds one today): written by Qt itself, however it writes a number.
        const QByteArray array = QJsonDocument(QJsonArray{ value.toDouble() }).toJson(QJsonDocument::Compact);
        out += array.mid(1, array.size() - 2);
        return;
    }
    case QMetaType::QByteArray:
        appendString(out, QString(QStringLiteral("base64:") + QString::fromLatin1(value.toByteArray().toBase64())));
        return;
    case QMetaType::QDate:
        appendString(out, value.toDate().toString(Qt::ISODate));
        return;
    case QMetaType::QDateTime:
        appendString(out, SqlValues::momentText(value.toDateTime()));
        return;
    default:
        appendString(out, value.toString());
    }
}

} // namespace

QByteArray json(const QSqlRecord &record, const QStringList &secrets)
{
    // Written directly rather than through QJsonObject (a row per write, tens of thousands per
    // import), in the same bytes: keys sorted, no spaces.
    QVarLengthArray<int, 48> columns;
    for (int i = 0; i < record.count(); ++i)
        if (!record.isNull(i))
            columns.append(i);
    std::sort(columns.begin(), columns.end(),
              [&record](int a, int b) { return record.fieldName(a) < record.fieldName(b); });
    QByteArray out;
    out.reserve(512);
    out += '{';
    for (int i : std::as_const(columns)) {
        if (out.size() > 1)
            out += ',';
        const QString name = record.fieldName(i);
        appendString(out, name);
        out += ':';
        if (secrets.contains(name))
            appendString(out, QString(QStringLiteral("sha256:") + QString::fromLatin1(hash(record.value(i).toString().toUtf8()))));
        else
            appendValue(out, record.value(i));
    }
    out += '}';
    return out;
}

QByteArray hash(const QByteArray &content)
{
    if (content.isEmpty())
        return QByteArray();
    return Sha256::hex(content);
}

} // namespace CanonicalRow
