#pragma once

#include "incidentfacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Counts without names for a board's yearly report on social safety: incidents per month,
// school, platform, context, severity, kind of harm and article; imposed measures per kind; the
// persons who caused or suffered harm per kind. An incident with two harms counts once under
// each, so those columns may add up to more than the number of incidents.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    enum class Dimension { Month, School, Platform, Context, Severity, Harm, Article, Measure, CauserKind, VictimKind };
    struct Row
    {
        QString label;
        int count = 0;
    };

    Statistics(const QList<IncidentFacts> &facts, const QDate &from, const QDate &to);
    static QList<Dimension> dimensions();
    static QString title(Dimension dimension);
    // What one count is: "incidents", "measures", "persons".
    static QString unit(Dimension dimension);
    // Months in calendar order, every month of the period (zeros too); the rest most first.
    QList<Row> rows(Dimension dimension) const;
    int incidents() const { return int(m_facts.size()); }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // All tables in one file for a spreadsheet: UTF-8 with BOM, ';' between fields (Dutch Excel).
    QByteArray csv() const;

private:
    QList<IncidentFacts> m_facts;
    QDate m_from;
    QDate m_to;
};
