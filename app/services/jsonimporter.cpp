#include "jsonimporter.h"

#include "../storage/attachmentstore.h"
#include "inputfile.h"
#include "../storage/database.h"
#include "../storage/rowstore.h"
#include "../storage/schemacatalog.h"
#include "../storage/sqlvalues.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "jsonexporter.h"
#include "../storage/largewrite.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace {

constexpr int MaxErrors = 100;

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(60) + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("[…]");
    if (value.isObject())
        return QStringLiteral("{…}");
    return QStringLiteral("null");
}

} // namespace

namespace {

// The offset of the first JSON string longer than MaxTextBytes, or -1.
qsizetype longString(const QByteArray &bytes)
{
    bool inString = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (!inString) {
            if (c == '"') {
                inString = true;
                start = i;
            }
        } else if (c == '\\') {
            ++i;
        } else if (c == '"') {
            inString = false;
        } else if (i - start > JsonImporter::MaxTextBytes) {
            return start;
        }
    }
    return -1;
}

} // namespace

JsonImporter::JsonImporter(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void JsonImporter::error(const QString &path, const QString &text)
{
    if (m_errors.size() < MaxErrors)
        m_errors.append(path + QStringLiteral(": ") + text);
    else if (m_errors.size() == MaxErrors)
        m_errors.append(tr("… further errors not shown."));
}

JsonImporter::Result JsonImporter::importFile(const QString &path)
{
    Result result;
    QByteArray bytes;
    try {
        bytes = InputFile::read(path, MaxBytes);
    } catch (const StorageError &failure) {
        result.errors.append(failure.message());
        return result;
    }
    // QJsonDocument needs many times a string's size: one that no field may hold is refused first.
    if (const qsizetype at = longString(bytes); at >= 0) {
        const QByteArray before = bytes.left(at);
        result.errors.append(tr("%1, line %2: a text longer than %3; no field holds that much. Nothing was imported.")
                                 .arg(path).arg(before.count('\n') + 1).arg(InputFile::size(MaxTextBytes)));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = before.count('\n') + 1;
        const int column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        result.errors.append(tr("%1, line %2, column %3: this is not valid JSON (%4).")
                                 .arg(path).arg(line).arg(column).arg(parseError.errorString()));
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append(tr("%1: the document must be a JSON object with \"format\": \"dossierkast\".").arg(path));
        return result;
    }
    return importDocument(doc.object());
}

JsonImporter::Result JsonImporter::importDocument(const QJsonObject &doc)
{
    Result result;
    m_errors.clear();
    m_ids.clear();
    m_parents.clear();
    m_children.clear();

    if (doc.value(QStringLiteral("format")).toString() != QLatin1String("dossierkast")) {
        result.errors.append(tr("$.format: expected \"dossierkast\"; this is not a Dossierkast export."));
        return result;
    }
    const QJsonValue version = doc.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toInt() < 1 || version.toInt() > JsonExporter::FormatVersion) {
        result.errors.append(tr("$.format_version: version %1 cannot be read by this program (it reads up to %2).")
                                 .arg(quoted(version)).arg(JsonExporter::FormatVersion));
        return result;
    }
    if (!RowStore(m_db).holdsOnlyDefaults()) {
        result.errors.append(tr("The database %1 already holds data. An export is only read into a new, empty "
                                "database; nothing was changed.").arg(m_db.location()));
        return result;
    }

    QStringList known{ QStringLiteral("format"), QStringLiteral("format_version") };
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables())
        if (!table.jsonKey.isEmpty() && table.exported)
            known.append(table.jsonKey);
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it)
        if (!known.contains(it.key()))
            error(QStringLiteral("$.") + it.key(), tr("unknown part of the document"));

    collectIds(doc);
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables())
        if (!table.jsonKey.isEmpty() && table.exported && doc.contains(table.jsonKey))
            validateTable(table, doc.value(table.jsonKey), QStringLiteral("$.") + table.jsonKey);

    if (!m_errors.isEmpty()) {
        result.errors = m_errors;
        return result;
    }
    write(doc, result);
    return result;
}

void JsonImporter::collectIds(const QJsonObject &doc)
{
    // Ids of every object-row in the document, so references can be checked before writing.
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        if (table.jsonKey.isEmpty() || !table.exported)
            continue;
        const QJsonValue value = doc.value(table.jsonKey);
        const QJsonArray rows = table.single ? QJsonArray{ value } : value.toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            if (object.value(QStringLiteral("id")).isDouble())
                m_ids[table.name].insert(object.value(QStringLiteral("id")).toInteger());
            for (const SchemaCatalog::Child &child : table.children) {
                if (!child.scalarColumn.isEmpty())
                    continue;
                for (const QJsonValue &childRow : object.value(child.key).toArray())
                    if (childRow.toObject().value(QStringLiteral("id")).isDouble())
                        m_ids[child.table].insert(childRow.toObject().value(QStringLiteral("id")).toInteger());
            }
        }
    }
    // Content is not part of the exchange: references to it are resolved against the database.
}

void JsonImporter::validateTable(const SchemaCatalog::Table &table, const QJsonValue &value, const QString &path)
{
    if (table.single) {
        if (value.isNull())
            return;
        if (!value.isObject()) {
            error(path, tr("expected an object, found %1").arg(quoted(value)));
            return;
        }
        validateRow(table, value.toObject(), path, QString(), 0, m_parents);
        return;
    }
    if (!value.isArray()) {
        error(path, tr("expected a list, found %1").arg(quoted(value)));
        return;
    }
    const QJsonArray rows = value.toArray();
    QSet<qint64> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const QString rowPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!rows.at(i).isObject()) {
            error(rowPath, tr("expected an object, found %1").arg(quoted(rows.at(i))));
            continue;
        }
        const qint64 id = rows.at(i).toObject().value(QStringLiteral("id")).toInteger();
        if (seen.contains(id))
            error(rowPath + QStringLiteral(".id"), tr("the id %1 occurs twice").arg(id));
        seen.insert(id);
        validateRow(table, rows.at(i).toObject(), rowPath, QString(), 0, m_parents);
    }
}

void JsonImporter::validateRow(const SchemaCatalog::Table &table, const QJsonObject &object, const QString &path,
                               const QString &parentColumn, qint64 parentId, QList<Pending> &into)
{
    Pending pending{ table.name, path, {} };
    QStringList allowed;
    for (const SchemaCatalog::Field &field : table.fields) {
        if (!field.exported || field.name == parentColumn)
            continue;
        allowed.append(field.name);
        const QString fieldPath = path + QLatin1Char('.') + field.name;
        const QJsonValue value = object.value(field.name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required && field.name != QLatin1String("version"))
                error(fieldPath, tr("a value is required"));
            continue;
        }
        const QVariant converted = convert(field, value, fieldPath);
        if (!converted.isNull())
            pending.values.insert(field.name, converted);
    }
    for (const SchemaCatalog::Child &child : table.children)
        allowed.append(child.key);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            error(path + QLatin1Char('.') + it.key(), tr("unknown field"));
    if (!parentColumn.isEmpty())
        pending.values.insert(parentColumn, parentId);
    into.append(pending);

    const qint64 id = object.value(QStringLiteral("id")).toInteger();
    for (const SchemaCatalog::Child &child : table.children) {
        const SchemaCatalog::Table *childTable = SchemaCatalog::table(child.table);
        const QString childPath = path + QLatin1Char('.') + child.key;
        const QJsonValue value = object.value(child.key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isArray()) {
            error(childPath, tr("expected a list, found %1").arg(quoted(value)));
            continue;
        }
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(childPath).arg(i);
            if (!child.scalarColumn.isEmpty()) {
                for (const SchemaCatalog::Field &field : childTable->fields) {
                    if (field.name != child.scalarColumn)
                        continue;
                    const QVariant converted = convert(field, items.at(i), itemPath);
                    if (!converted.isNull())
                        m_children.append({ child.table, itemPath, { { child.parentColumn, id }, { field.name, converted } } });
                }
            } else if (!items.at(i).isObject()) {
                error(itemPath, tr("expected an object, found %1").arg(quoted(items.at(i))));
            } else {
                validateRow(*childTable, items.at(i).toObject(), itemPath, child.parentColumn, id, m_children);
            }
        }
    }
}

QVariant JsonImporter::convert(const SchemaCatalog::Field &field, const QJsonValue &value, const QString &path)
{
    using Type = SchemaCatalog::Type;
    switch (field.type) {
    case Type::Integer:
    case Type::Reference: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9007199254740992.0) {
            error(path, tr("expected a whole number, found %1").arg(quoted(value)));
            return {};
        }
        const qint64 id = qint64(number);
        if (field.type == Type::Reference && !m_ids.value(field.refTable).contains(id)) {
            error(path, tr("refers to %1 %2, which is not in the document")
                            .arg(SchemaCatalog::label(field.refTable).toLower()).arg(id));
            return {};
        }
        return id;
    }
    case Type::Flag:
        if (!value.isBool()) {
            error(path, tr("expected true or false, found %1").arg(quoted(value)));
            return {};
        }
        return SqlValues::flag(value.toBool());
    case Type::Date: {
        const QString text = value.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!value.isString() || text.size() != 10 || !date.isValid()) {
            error(path, tr("expected a date as YYYY-MM-DD, found %1").arg(quoted(value)));
            return {};
        }
        return text;
    }
    case Type::Moment: {
        const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !moment.isValid() || moment.timeSpec() == Qt::LocalTime) {
            error(path, tr("expected a moment as YYYY-MM-DDTHH:MM:SSZ (with a time zone), found %1").arg(quoted(value)));
            return {};
        }
        return SqlValues::momentText(moment);
    }
    case Type::Code:
        if (!value.isString() || !field.codes.contains(value.toString())) {
            error(path, tr("expected one of %1, found %2").arg(field.codes.join(QStringLiteral(", ")), quoted(value)));
            return {};
        }
        return value.toString();
    case Type::Sha256: {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!value.isString() || !hex.match(value.toString()).hasMatch()) {
            error(path, tr("expected a SHA-256 as 64 lower-case hexadecimal characters, found %1").arg(quoted(value)));
            return {};
        }
        return value.toString();
    }
    case Type::Text:
        if (!value.isString()) {
            error(path, tr("expected text, found %1").arg(quoted(value)));
            return {};
        }
        return value.toString();
    }
    return {};
}

void JsonImporter::write(const QJsonObject &doc, Result &result)
{
    AttachmentStore content(m_db);
    const LargeWrite large(m_db);
    Transaction tx(m_db, m_actor);
    RowStore store(m_db);
    QString current;
    try {
        // An export brings its own protocol, ladders, settings and letter templates: they replace
        // the defaults.
        current = QStringLiteral("$");
        if (doc.contains(QStringLiteral("protocol_versions"))) {
            store.clear(tx, QStringLiteral("protocol_articles"));
            store.clear(tx, QStringLiteral("protocol_versions"));
        }
        if (doc.contains(QStringLiteral("measure_types")))
            store.clear(tx, QStringLiteral("measure_types"));
        if (doc.contains(QStringLiteral("settings")))
            store.clear(tx, QStringLiteral("settings"));
        if (doc.contains(QStringLiteral("letter_templates")))
            store.clear(tx, QStringLiteral("letter_templates"));

        // Parents table by table, each followed by its children (children may refer to any
        // row of their parent table, e.g. links between incidents).
        for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
            if (table.jsonKey.isEmpty() || !table.exported)
                continue;
            for (const Pending &row : std::as_const(m_parents)) {
                if (row.table != table.name)
                    continue;
                current = row.path;
                QVariantMap values = row.values;
                if (table.name == QLatin1String("attachments")) {
                    const QByteArray sha = values.value(QStringLiteral("sha256")).toString().toLatin1();
                    if (content.contains(sha))
                        values.insert(QStringLiteral("content_sha256"), QString::fromLatin1(sha));
                }
                tx.insert(table.name, values);
                ++result.rows;
            }
            for (const SchemaCatalog::Child &child : table.children) {
                for (const Pending &row : std::as_const(m_children)) {
                    if (row.table != child.table)
                        continue;
                    current = row.path;
                    tx.insert(row.table, row.values);
                    ++result.rows;
                }
            }
        }
        current = QStringLiteral("$");
        store.continueIdsAfterExisting();
        tx.commit();
        result.ok = true;
    } catch (const StorageError &e) {
        result.rows = 0;
        result.errors.append(tr("%1: %2 Nothing was imported.").arg(current, e.message())
                             + (e.detail().isEmpty() ? QString() : QStringLiteral(" (") + e.detail() + QLatin1Char(')')));
    }
}
