#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What statistics need of one incident, and nothing that names anyone.
struct IncidentFacts
{
    qint64 id = 0;
    QDateTime reportedAt;
    QString school;
    Platform platform = Platform::Anders;
    Severity severity = Severity::Licht;
    IncidentContext context = IncidentContext::InSchool;
    QList<Harm> harms;
    QStringList articles;               // "A7 Fatsoen en respect"
    QList<PersonKind> causers;
    QList<PersonKind> victims;
    QStringList measures;               // names of the measures imposed
};
