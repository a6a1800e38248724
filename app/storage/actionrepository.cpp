#include "actionrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "transaction.h"

ActionRepository::ActionRepository(Database &db) : m_db(db)
{
}

void ActionRepository::insert(Transaction &tx, Action &a)
{
    a.createdAt = SqlValues::now();
    a.id = tx.insert(QStringLiteral("actions"),
                     { { "incident_id", SqlValues::id(a.incidentId) },
                       { "measure_id", SqlValues::id(a.measureId) },
                       { "person_id", SqlValues::id(a.personId) },
                       { "kind", toCode(a.kind) },
                       { "title", a.title },
                       { "due_on", SqlValues::date(a.dueOn) },
                       { "responsible_user_id", SqlValues::id(a.responsibleUserId) },
                       { "status", toCode(a.status) },
                       { "done_on", SqlValues::date(a.doneOn) },
                       { "done_note", SqlValues::text(a.doneNote) },
                       { "not_needed_reason", SqlValues::text(a.notNeededReason) },
                       { "police_reference", SqlValues::text(a.policeReference) },
                       { "rule", SqlValues::text(a.rule) },
                       { "legal_source", SqlValues::text(a.legalSource) },
                       { "created_at", SqlValues::moment(a.createdAt) } });
    a.version = 1;
}
