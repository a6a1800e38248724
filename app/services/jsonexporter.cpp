#include "jsonexporter.h"

#include "auditedoutput.h"

#include "../storage/database.h"
#include "../storage/rowstore.h"
#include "../storage/schemacatalog.h"
#include "../domain/storageerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue toJson(const SchemaCatalog::Field &field, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (field.type) {
    case SchemaCatalog::Type::Integer:
    case SchemaCatalog::Type::Reference:
        return value.toLongLong();
    case SchemaCatalog::Type::Flag:
        return value.toLongLong() != 0;
    default:
        return value.toString();
    }
}

QJsonObject toObject(const SchemaCatalog::Table &table, const QVariantMap &row, const QString &skip = QString())
{
    QJsonObject object;
    for (const SchemaCatalog::Field &field : table.fields)
        if (field.exported && field.name != skip)
            object.insert(field.name, toJson(field, row.value(field.name)));
    return object;
}

} // namespace

JsonExporter::JsonExporter(Database &db) : m_db(db)
{
}

QJsonObject JsonExporter::document() const
{
    RowStore store(m_db);
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("dossierkast"));
    doc.insert(QStringLiteral("format_version"), FormatVersion);
    for (const SchemaCatalog::Table &table : SchemaCatalog::tables()) {
        if (table.jsonKey.isEmpty() || !table.exported)
            continue;
        // Children grouped by parent id, in id order.
        QList<QHash<qint64, QJsonArray>> children;
        for (const SchemaCatalog::Child &child : table.children) {
            const SchemaCatalog::Table *childTable = SchemaCatalog::table(child.table);
            QHash<qint64, QJsonArray> byParent;
            for (const QVariantMap &row : store.rows(child.table)) {
                const qint64 parent = row.value(child.parentColumn).toLongLong();
                if (child.scalarColumn.isEmpty()) {
                    byParent[parent].append(toObject(*childTable, row, child.parentColumn));
                } else {
                    for (const SchemaCatalog::Field &field : childTable->fields)
                        if (field.name == child.scalarColumn)
                            byParent[parent].append(toJson(field, row.value(field.name)));
                }
            }
            children.append(byParent);
        }
        QJsonArray rows;
        for (const QVariantMap &row : store.rows(table.name)) {
            QJsonObject object = toObject(table, row);
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            for (int c = 0; c < table.children.size(); ++c)
                object.insert(table.children.at(c).key, children.at(c).value(id));
            rows.append(object);
        }
        if (table.single)
            doc.insert(table.jsonKey, rows.isEmpty() ? QJsonValue(QJsonValue::Null) : rows.first());
        else
            doc.insert(table.jsonKey, rows);
    }
    return doc;
}

void JsonExporter::write(const QString &path, const AccessScope &who) const
{
    AuditedOutput output(path);
    output.write(QJsonDocument(document()).toJson(QJsonDocument::Indented));
    output.publish(m_db, who, QStringLiteral("export"), QStringLiteral("database"), 0, QStringLiteral("whole database as JSON"));
}
