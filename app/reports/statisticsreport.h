#pragma once

#include "../domain/statistics.h"
#include "summarydocument.h"

#include <QCoreApplication>
#include <QString>

// The Rapportages as a printable document: period, school, the number of incidents and, per
// table, its chart and its counts. No names: it may go to the board and the supervisory body.
class StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    // `letterhead` is the organisation's block (CaseSummary::letterhead) or empty.
    StatisticsReport(const Statistics &statistics, const QString &schoolName, const QString &letterhead = QString());
    SummaryDocument document(const QString &printedBy, const QDateTime &printedAt) const;
    QString html() const;

private:
    const Statistics &m_statistics;
    QString m_school;
    QString m_letterhead;
};
