#pragma once

#include "../domain/accessscope.h"

#include <QString>

class Database;

// Records in the audit log that someone looked at, printed or took data out of the program
// (an attachment saved to disk, a CSV, a JSON export): events without a row change.
class EventLog
{
public:
    EventLog(Database &db, const AccessScope &actor);
    // `entity` and `id` name what was taken (id 0: no single row); `detail` says how, without
    // personal data (the detail stays in the log after a dossier is destroyed).
    void record(const QString &action, const QString &entity, qint64 id, const QString &detail);

private:
    Database &m_db;
    AccessScope m_actor;
};
