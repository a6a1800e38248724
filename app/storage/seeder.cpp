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
#include <QSet>

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

    seedSettings(tx);
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
    seedSettings(tx);
    tx.commit();
}

void Seeder::seedSettings(Transaction &tx)
{
    // The keys a database already holds keep their value (a new database holds none).
    QSet<QString> present;
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT key FROM settings"));
    SqlValues::exec(query);
    while (query.next())
        present.insert(query.value(0).toString());
    query.finish();
    for (const QJsonValue &value : resource(QStringLiteral(":/defaults/settings.json")).array()) {
        const QJsonObject s = value.toObject();
        if (present.contains(s.value("key").toString()))
            continue;
        tx.insert(QStringLiteral("settings"),
                  { { "key", s.value("key").toString() },
                    { "value", s.value("value").toString() },
                    { "source", SqlValues::text(s.value("source").toString()) } });
    }
}

void Seeder::addLetterTemplates()
{
    Transaction tx(m_db, AccessScope::system());
    seedLetterTemplates(tx);
    tx.commit();
}
