#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// The short summary shown after login and printed by `deadlines`: how many terms are overdue
// and how many fall due this week.
class DeadlineSummary
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineSummary)

public:
    int overdue = 0;
    int thisWeek = 0;

    static DeadlineSummary of(Database &db, const AccessScope &scope, const QDate &today);
    // Dutch sentence; empty when nothing is overdue or due this week.
    QString text() const;
};
