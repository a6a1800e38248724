#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A letter, mail, phone note or meeting report, filed in the dossier of personId (a staff
// member or a pupil); aboutPersonId names a parent whose conduct it concerns.
struct Correspondence
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 personId = 0;
    qint64 aboutPersonId = 0;
    qint64 incidentId = 0;
    Direction direction = Direction::In;
    Channel channel = Channel::Brief;
    QDate sentOn;
    QString correspondent;
    QString subject;
    QString summary;
    QString registeredNumber;
    qint64 createdByUserId = 0;
    QDateTime createdAt;
};
