#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A measure for one person in one incident, from that person's ladder.
struct Measure
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 incidentId = 0;
    qint64 personId = 0;
    qint64 measureTypeId = 0;
    MeasureStatus status = MeasureStatus::Voornemen;
    QDate proposedOn;
    qint64 proposedByUserId = 0;
    QDate decidedOn;
    qint64 decidedByUserId = 0;
    QDate startsOn;
    QDate endsOn;
    QDate factsKnownOn;
    bool isOrderMeasure = false;
    QString motivation;
    qint64 advisedMeasureTypeId = 0;
    QString escalationMotivation;
    QString stepMotivation;         // why it was decided before a required step was done
    bool periodConfirmed = false;   // a suspension longer in calendar days than a week, confirmed
    bool hearingHeld = false;
    QDate hearingOn;
    QString hearingBy;
    QDateTime createdAt;
};
