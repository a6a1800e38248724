#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Something that must be done, often by a legal term: open actions with a due date make up
// the Termijnen list.
struct Action
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 incidentId = 0;
    qint64 measureId = 0;
    qint64 personId = 0;
    ActionKind kind = ActionKind::Overig;
    QString title;
    QDate dueOn;
    QDate countedFrom;      // a term: the first day it runs (the day after sending or receipt)
    QDate unextendedDue;    // a term the Algemene termijnenwet extended: where it would have ended
    qint64 responsibleUserId = 0;
    ActionStatus status = ActionStatus::Open;
    QDate doneOn;
    QString doneNote;
    QString notNeededReason;
    QString policeReference;
    QString rule;           // the rule that generated it, empty when added by hand
    QString legalSource;
    QDateTime createdAt;
};
