#pragma once

#include "enums.h"
#include "involvement.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A registered incident (melding) with what belongs to it alone: kinds of harm, linked
// articles and the people involved.
struct Incident
{
    qint64 id = 0;
    qint64 version = 0;
    QString reference;              // "2026-0042", given on registration
    qint64 schoolId = 0;
    qint64 protocolVersionId = 0;
    QString title;
    QString description;
    QDateTime occurredAt;
    QDateTime reportedAt;
    qint64 reportedByPersonId = 0;
    qint64 registeredByUserId = 0;
    qint64 handlerUserId = 0;
    Platform platform = Platform::Anders;
    IncidentContext context = IncidentContext::InSchool;
    Severity severity = Severity::Licht;
    bool possiblyCriminal = false;
    bool confidential = false;
    bool sexualOffenceSuspected = false;
    bool unsafeHomeSigns = false;
    bool parentsRefuseCooperation = false;
    QString noCauserReason;
    IncidentStatus status = IncidentStatus::Gemeld;
    QString closingSummary;
    QDateTime createdAt;
    QDateTime updatedAt;

    QList<Harm> harms;
    QList<qint64> articleIds;
    QList<Involvement> involvements;
};
