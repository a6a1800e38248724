#pragma once

#include "correspondence.h"

#include <QDate>
#include <QString>
#include <optional>

// What the correspondence register shows.
struct CorrespondenceFilter
{
    std::optional<Direction> direction;
    std::optional<Channel> channel;
    qint64 schoolId = 0;
    qint64 personId = 0;        // filed in this dossier, or about this person
    qint64 incidentId = 0;     // 0: any; a negative id matches nothing
    QDate from;
    QDate to;
    QString search;             // words in subject, summary, correspondent, registered number
};

// An item of the register with what the list shows beside it, read in the same query.
struct ListedCorrespondence
{
    Correspondence item;
    QString dossierName;            // Person::sortName() of the dossier's person
    QString incidentReference;      // empty without an incident
};
