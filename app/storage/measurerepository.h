#pragma once

#include "../domain/measure.h"

#include <QDate>
#include <QString>

class Database;
class Transaction;

class MeasureRepository
{
public:
    explicit MeasureRepository(Database &db);
    void insert(Transaction &tx, Measure &measure);
    // An objection (bezwaar) against a measure; outcome is gegrond, ongegrond or ingetrokken
    // once decided, empty before.
    qint64 addObjection(Transaction &tx, qint64 measureId, const QDate &receivedOn, const QDate &decisionOn,
                        const QString &outcome);

private:
    Database &m_db;
};
