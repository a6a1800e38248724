#include "seeder.h"

#include "../domain/accessscope.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"
#include "database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonDocument resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Failed, Seeder::tr("The default data %1 is missing from the program.").arg(path));
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

Seeder::Seeder(Database &db) : m_db(db)
{
}

void Seeder::seedDefaults()
{
    Transaction tx(m_db, AccessScope::system());

    const QJsonObject protocol = resource(QStringLiteral(":/defaults/protocol.json")).object();
    const qint64 versionId = tx.insert(QStringLiteral("protocol_versions"),
                                       { { "name", protocol.value("name").toString() },
                                         { "in_force_from", protocol.value("in_force_from").toString() },
                                         { "notes", SqlValues::text(protocol.value("notes").toString()) } });
    int order = 0;
    for (const QJsonValue &value : protocol.value("articles").toArray()) {
        const QJsonObject a = value.toObject();
        tx.insert(QStringLiteral("protocol_articles"),
                  { { "protocol_version_id", versionId },
                    { "code", a.value("code").toString() },
                    { "section", a.value("section").toString() },
                    { "section_title", a.value("section_title").toString() },
                    { "title", a.value("title").toString() },
                    { "body", a.value("body").toString() },
                    { "is_sanction", SqlValues::flag(a.value("is_sanction").toBool()) },
                    { "sort_order", ++order } });
    }

    for (const QJsonValue &value : resource(QStringLiteral(":/defaults/ladders.json")).array()) {
        const QJsonObject m = value.toObject();
        tx.insert(QStringLiteral("measure_types"),
                  { { "ladder", m.value("ladder").toString() },
                    { "code", m.value("code").toString() },
                    { "name", m.value("name").toString() },
                    { "rank", m.value("rank").toInt() },
                    { "is_disciplinary", SqlValues::flag(m.value("is_disciplinary").toBool()) },
                    { "has_period", SqlValues::flag(m.value("has_period").toBool()) },
                    { "caution", SqlValues::text(m.value("caution").toString()) } });
    }

    for (const QJsonValue &value : resource(QStringLiteral(":/defaults/settings.json")).array()) {
        const QJsonObject s = value.toObject();
        tx.insert(QStringLiteral("settings"),
                  { { "key", s.value("key").toString() },
                    { "value", s.value("value").toString() },
                    { "source", SqlValues::text(s.value("source").toString()) } });
    }
    seedLetterTemplates(tx);
    tx.commit();
}

void Seeder::seedLetterTemplates(Transaction &tx)
{
    for (const QJsonValue &value : resource(QStringLiteral(":/defaults/letters.json")).array()) {
        const QJsonObject t = value.toObject();
        tx.insert(QStringLiteral("letter_templates"),
                  { { "code", t.value("code").toString() },
                    { "name", t.value("name").toString() },
                    { "channel", t.value("channel").toString() },
                    { "action_kind", SqlValues::text(t.value("action_kind").toString()) },
                    { "body", t.value("body").toString() },
                    { "active", SqlValues::flag(true) } });
    }
}

void Seeder::addMissingSettings()
{
    Transaction tx(m_db, AccessScope::system());
    for (const QJsonValue &value : resource(QStringLiteral(":/defaults/settings.json")).array()) {
        const QJsonObject s = value.toObject();
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"));
        query.addBindValue(s.value("key").toString());
        SqlValues::exec(query);
        if (query.next() && query.value(0).toLongLong() > 0)
            continue;
        query.finish();
        tx.insert(QStringLiteral("settings"),
                  { { "key", s.value("key").toString() },
                    { "value", s.value("value").toString() },
                    { "source", SqlValues::text(s.value("source").toString()) } });
    }
    tx.commit();
}

void Seeder::addLetterTemplates()
{
    Transaction tx(m_db, AccessScope::system());
    seedLetterTemplates(tx);
    tx.commit();
}
