#pragma once

#include <QDate>
#include <QString>

// One line of a dossier's timeline: something filed on a person, with the codes the views
// turn into words. Read-only; the records themselves are edited in their own screens.
struct DossierEntry
{
    enum class Kind { Involvement, Measure, Action, Correspondence, Note, Document };

    Kind kind = Kind::Note;
    qint64 id = 0;                  // the row in its own table
    QDate date;                     // when it happened, for ordering and the period filter
    QString time;                   // "14:05" for moments, empty for days
    QString title;                  // incident title, measure name, subject, …
    QString code;                   // role, measure or action status, direction (codes as stored)
    QString secondCode;             // channel (correspondence), action kind
    QString text;                   // notes, summary, period of a measure
    qint64 incidentId = 0;
    QString incidentReference;
    qint64 filedWithId = 0;         // correspondence about a parent: the pupil whose dossier holds it
    int attachmentCount = 0;
};
