#include "lettertemplaterepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

namespace {

LetterTemplate fromRecord(const QSqlRecord &r)
{
    LetterTemplate t;
    t.id = r.value("id").toLongLong();
    t.version = r.value("version").toLongLong();
    t.code = r.value("code").toString();
    t.name = r.value("name").toString();
    t.channel = fromCode<Channel>(r.value("channel").toString()).value_or(Channel::Brief);
    t.actionKind = fromCode<ActionKind>(r.value("action_kind").toString());
    t.body = r.value("body").toString();
    t.active = r.value("active").toLongLong() != 0;
    return t;
}

QVariantMap toRow(const LetterTemplate &t)
{
    return { { "name", t.name.trimmed() },
             { "channel", toCode(t.channel) },
             { "action_kind", t.actionKind ? QVariant(toCode(*t.actionKind)) : QVariant() },
             { "body", t.body },
             { "active", SqlValues::flag(t.active) } };
}

} // namespace

LetterTemplateRepository::LetterTemplateRepository(Database &db) : m_db(db)
{
}

QList<LetterTemplate> LetterTemplateRepository::list(bool withInactive) const
{
    QSqlQuery query = m_db.prepare(withInactive ? QStringLiteral("SELECT * FROM letter_templates ORDER BY name, id")
                                                : QStringLiteral("SELECT * FROM letter_templates WHERE active = 1 ORDER BY name, id"));
    SqlValues::exec(query);
    QList<LetterTemplate> result;
    while (query.next())
        result.append(fromRecord(query.record()));
    return result;
}

std::optional<LetterTemplate> LetterTemplateRepository::get(qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM letter_templates WHERE id = ?"));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

void LetterTemplateRepository::insert(Transaction &tx, LetterTemplate &t)
{
    QVariantMap row = toRow(t);
    row.insert(QStringLiteral("code"), t.code.trimmed());
    t.id = tx.insert(QStringLiteral("letter_templates"), row);
    t.version = 1;
}

void LetterTemplateRepository::update(Transaction &tx, LetterTemplate &t)
{
    t.version = tx.update(QStringLiteral("letter_templates"), t.id, t.version, toRow(t));
}
