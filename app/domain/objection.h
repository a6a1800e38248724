#pragma once

#include <QDate>
#include <QString>

// An objection (bezwaar) against a measure: received, perhaps heard, and decided with an
// outcome that updates the measure's status.
struct Objection
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 measureId = 0;
    QDate receivedOn;
    QDate hearingOn;
    QDate decisionOn;
    QString outcome;        // gegrond, ongegrond, ingetrokken; empty until decided
    QString notes;
    QString lateReason;     // received after its term, handled anyway for this reason
};
