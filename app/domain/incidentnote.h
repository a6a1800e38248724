#pragma once

#include <QDateTime>
#include <QString>

// A line of a case's follow-up log. An edit is a new note that replaces an earlier one; the
// earlier text stays readable, so nothing in the log changes silently.
struct IncidentNote
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 authorUserId = 0;
    QString authorName;
    QDateTime writtenAt;            // when it was written down
    QDateTime happenedAt;           // when the conversation took place; invalid: when written
    QString body;
    qint64 replacesNoteId = 0;
    qint64 replacedByNoteId = 0;    // 0 for the current wording

    // The moment the log is ordered and read by.
    QDateTime shownAt() const { return happenedAt.isValid() ? happenedAt : writtenAt; }
};
