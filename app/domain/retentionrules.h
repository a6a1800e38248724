#pragma once

#include "enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// What the retention review needs to know about one person (DESIGN.md §4, §6).
struct RetentionFacts
{
    qint64 personId = 0;
    PersonKind kind = PersonKind::Overig;
    QString name;
    QString schoolName;
    QDate leaveDate;            // pupils and staff: left school or employment
    QDate lastRecord;           // the latest date anything about them was recorded
    QList<qint64> childIds;     // a parent's children
    QString holdReason;         // an active legal hold; empty when none
    QDate holdEnds;             // invalid: until further notice
};

// A person in the review list: when their term ended and why; held ones are listed but may not
// be destroyed.
struct RetentionCandidate
{
    RetentionFacts facts;
    QDate dueOn;
    QString reason;
    bool held() const { return !facts.holdReason.isEmpty(); }
};

// When a dossier's retention term ends. Pupils: the pupil term after leaving; staff: the staff
// term after employment ends; both counted from the last record when something was filed after
// leaving. Parents and others follow the pupil term from their last record, and a parent only
// once none of their children is kept any longer (their letters live in the child's dossier).
class RetentionRules
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)

public:
    RetentionRules(int pupilYears, int staffYears);
    // Everyone whose term ended on or before `today`, held ones included, in the order given.
    QList<RetentionCandidate> review(const QList<RetentionFacts> &people, const QDate &today) const;
    // The end of a person's term, invalid while it has not started (still at school or employed,
    // or a parent with a child who stays); `reason` says how it was counted.
    QDate dueOn(const RetentionFacts &facts, const QHash<qint64, QDate> &childDue, const QDate &today,
                QString *reason) const;

private:
    int m_pupilYears;
    int m_staffYears;
};
