#include "eventlog.h"

#include "../storage/transaction.h"

EventLog::EventLog(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void EventLog::record(const QString &action, const QString &entity, qint64 id, const QString &detail)
{
    Transaction tx(m_db, m_actor);
    tx.logEvent(action, entity, id, detail);
    tx.commit();
}
