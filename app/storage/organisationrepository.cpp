#include "organisationrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QSqlRecord>

OrganisationRepository::OrganisationRepository(Database &db) : m_db(db)
{
}

std::optional<Organisation> OrganisationRepository::get() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM organisation WHERE id = 1"));
    SqlValues::exec(query);
    if (!query.next())
        return std::nullopt;
    const QSqlRecord r = query.record();
    Organisation o;
    o.version = r.value("version").toLongLong();
    o.name = r.value("name").toString();
    o.address = r.value("address").toString();
    o.postalCode = r.value("postal_code").toString();
    o.city = r.value("city").toString();
    o.phone = r.value("phone").toString();
    o.email = r.value("email").toString();
    o.website = r.value("website").toString();
    o.letterheadText = r.value("letterhead_text").toString();
    o.logoSha256 = r.value("logo_sha256").toString().toLatin1();
    return o;
}

void OrganisationRepository::save(Transaction &tx, Organisation &o)
{
    const QVariantMap values{ { "name", o.name },
                              { "address", SqlValues::text(o.address) },
                              { "postal_code", SqlValues::text(o.postalCode) },
                              { "city", SqlValues::text(o.city) },
                              { "phone", SqlValues::text(o.phone) },
                              { "email", SqlValues::text(o.email) },
                              { "website", SqlValues::text(o.website) },
                              { "letterhead_text", SqlValues::text(o.letterheadText) },
                              { "logo_sha256", SqlValues::text(QString::fromLatin1(o.logoSha256)) } };
    if (o.version == 0) {
        QVariantMap withId = values;
        withId.insert(QStringLiteral("id"), 1);
        tx.insert(QStringLiteral("organisation"), withId);
        o.version = 1;
    } else {
        o.version = tx.update(QStringLiteral("organisation"), 1, o.version, values);
    }
}
