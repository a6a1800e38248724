#include "canonicalrow.h"

#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlField>

namespace CanonicalRow {

static QJsonValue normalised(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return qint64(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QStringLiteral("base64:") + QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return SqlValues::momentText(value.toDateTime());
    default:
        return value.toString();
    }
}

QByteArray json(const QSqlRecord &record, const QStringList &secrets)
{
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = record.value(i);
        if (value.isNull())
            continue;
        if (secrets.contains(record.fieldName(i))) {
            object.insert(record.fieldName(i), QStringLiteral("sha256:")
                                                   + QString::fromLatin1(hash(value.toString().toUtf8())));
            continue;
        }
        object.insert(record.fieldName(i), normalised(value));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray hash(const QByteArray &content)
{
    if (content.isEmpty())
        return QByteArray();
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

} // namespace CanonicalRow
