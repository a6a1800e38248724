#include "correspondencerepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCoreApplication>

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
    c.id = tx.insert(QStringLiteral("correspondence"),
                     { { "person_id", c.personId },
                       { "about_person_id", SqlValues::id(c.aboutPersonId) },
                       { "incident_id", SqlValues::id(c.incidentId) },
                       { "direction", toCode(c.direction) },
                       { "channel", toCode(c.channel) },
                       { "sent_on", SqlValues::date(c.sentOn) },
                       { "correspondent", SqlValues::text(c.correspondent) },
                       { "subject", c.subject },
                       { "summary", SqlValues::text(c.summary) },
                       { "registered_number", SqlValues::text(c.registeredNumber) },
                       { "created_by_user_id", SqlValues::id(c.createdByUserId) },
                       { "created_at", SqlValues::moment(c.createdAt) } });
    c.version = 1;
}
