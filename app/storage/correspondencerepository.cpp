#include "correspondencerepository.h"

#include "../domain/accessscope.h"
#include "accessdenial.h"
#include "accessfilter.h"
#include "database.h"
#include "personrepository.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "../domain/storageerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace {

// The columns a form may change; insert adds who filed it, when, and in whose dossier.
QVariantMap editable(const Correspondence &c)
{
    return { { "about_person_id", SqlValues::id(c.aboutPersonId) },
             { "incident_id", SqlValues::id(c.incidentId) },
             { "direction", toCode(c.direction) },
             { "channel", toCode(c.channel) },
             { "sent_on", SqlValues::date(c.sentOn) },
             { "correspondent", SqlValues::text(c.correspondent) },
             { "subject", c.subject },
             { "summary", SqlValues::text(c.summary) },
             { "registered_number", SqlValues::text(c.registeredNumber) } };
}

} // namespace

CorrespondenceRepository::CorrespondenceRepository(Database &db) : m_db(db)
{
}

void CorrespondenceRepository::insert(Transaction &tx, Correspondence &c)
{
    QSqlQuery kind = m_db.prepare(QStringLiteral("SELECT kind FROM persons WHERE id = ?"));
    kind.addBindValue(c.personId);
    SqlValues::exec(kind);
    const QString code = kind.next() ? kind.value(0).toString() : QString();
    if (code != QLatin1String("leerling") && code != QLatin1String("medewerker"))
        throw StorageError(StorageError::Kind::Invalid,
                           QCoreApplication::translate("CorrespondenceRepository",
                                                       "Correspondence is filed in the dossier of a pupil or a staff "
                                                       "member; for a parent, choose the child's dossier."));
    c.createdAt = SqlValues::now();
    QVariantMap values = editable(c);
    values.insert(QStringLiteral("person_id"), c.personId);
    values.insert(QStringLiteral("created_by_user_id"), SqlValues::id(c.createdByUserId));
    values.insert(QStringLiteral("created_at"), SqlValues::moment(c.createdAt));
    c.id = tx.insert(QStringLiteral("correspondence"), values);
    c.version = 1;
}

namespace {

Correspondence fromRecord(const QSqlRecord &r)
{
    Correspondence c;
    c.id = r.value("id").toLongLong();
    c.version = r.value("version").toLongLong();
    c.personId = r.value("person_id").toLongLong();
    c.aboutPersonId = r.value("about_person_id").toLongLong();
    c.incidentId = r.value("incident_id").toLongLong();
    c.direction = fromCode<Direction>(r.value("direction").toString()).value_or(Direction::In);
    c.channel = fromCode<Channel>(r.value("channel").toString()).value_or(Channel::Brief);
    c.sentOn = SqlValues::toDate(r.value("sent_on"));
    c.correspondent = r.value("correspondent").toString();
    c.subject = r.value("subject").toString();
    c.summary = r.value("summary").toString();
    c.registeredNumber = r.value("registered_number").toString();
    c.createdByUserId = r.value("created_by_user_id").toLongLong();
    c.createdAt = SqlValues::toMoment(r.value("created_at"));
    return c;
}

QString visible(const AccessScope &scope)
{
    return AccessFilter::correspondence(scope, QStringLiteral("p"), QStringLiteral("i"));
}

const char *const joins = " FROM correspondence c JOIN persons p ON p.id = c.person_id LEFT JOIN incidents i ON i.id = c.incident_id ";

} // namespace

void CorrespondenceRepository::update(Transaction &tx, Correspondence &c)
{
    c.version = tx.update(QStringLiteral("correspondence"), c.id, c.version, editable(c));
}

QList<Correspondence> CorrespondenceRepository::list(const AccessScope &scope, const CorrespondenceFilter &filter, int limit) const
{
    QList<Correspondence> result;
    for (const Listed &listed : listWithNames(scope, filter, limit))
        result.append(listed.item);
    return result;
}

QList<CorrespondenceRepository::Listed> CorrespondenceRepository::listWithNames(const AccessScope &scope,
                                                                                const CorrespondenceFilter &filter, int limit) const
{
    // A linked incident is only listed when the scope sees it, so its reference may be shown.
    QString sql = QStringLiteral("SELECT c.*, p.surname AS dossier_surname, p.tussenvoegsel AS dossier_tussenvoegsel, "
                                 "p.given_names AS dossier_given_names, p.roepnaam AS dossier_roepnaam, "
                                 "i.reference AS incident_reference")
                  + QLatin1String(joins) + QStringLiteral("WHERE ") + visible(scope);
    QVariantList values;
    const auto add = [&](const QString &condition, const QVariant &value) {
        sql += QStringLiteral(" AND ") + condition;
        values.append(value);
    };
    if (filter.direction)
        add(QStringLiteral("c.direction = ?"), toCode(*filter.direction));
    if (filter.channel)
        add(QStringLiteral("c.channel = ?"), toCode(*filter.channel));
    if (filter.schoolId > 0)
        add(QStringLiteral("p.school_id = ?"), filter.schoolId);
    if (filter.personId > 0) {
        sql += QStringLiteral(" AND (c.person_id = ? OR c.about_person_id = ?)");
        values << filter.personId << filter.personId;
    }
    if (filter.incidentId != 0)
        add(QStringLiteral("c.incident_id = ?"), filter.incidentId);
    if (filter.from.isValid())
        add(QStringLiteral("c.sent_on >= ?"), SqlValues::date(filter.from));
    if (filter.to.isValid())
        add(QStringLiteral("c.sent_on <= ?"), SqlValues::date(filter.to));
    SearchIndex index(m_db);
    const QString match = index.matchExpression(filter.search);
    if (!match.isEmpty())
        add(QStringLiteral("c.id IN (%1)").arg(index.matchingIdsSql(QStringLiteral("correspondence"))), match);
    sql += QStringLiteral(" ORDER BY c.sent_on DESC, c.id DESC LIMIT ?");
    values.append(limit);
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    SqlValues::exec(query);
    QList<Listed> result;
    while (query.next()) {
        const QSqlRecord r = query.record();
        result.append({ fromRecord(r), PersonRepository::sortNameFrom(r, QStringLiteral("dossier_")),
                        r.value("incident_reference").toString() });
    }
    return result;
}

std::optional<Correspondence> CorrespondenceRepository::get(const AccessScope &scope, qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT c.*") + QLatin1String(joins) + QStringLiteral("WHERE c.id = ? AND ")
                                   + visible(scope));
    query.addBindValue(id);
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    return fromRecord(query.record());
}

Correspondence CorrespondenceRepository::require(const AccessScope &scope, qint64 id) const
{
    if (auto found = get(scope, id))
        return *found;
    AccessDenial::raise(m_db, scope, QStringLiteral("correspondence"), id);
}
