#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A file filed with an incident (evidence), a correspondence item or a person.
// Exactly one of the three owner ids is set.
struct AttachmentInfo
{
    qint64 id = 0;
    qint64 version = 0;
    QByteArray sha256;
    bool contentAvailable = true;   // false for metadata imported without its content
    QString fileName;               // clean: no folders, control or bidi characters (DisplayText)
    QString originalName;           // the name it arrived with, when that was not clean; else empty
    QString mimeType;
    qint64 size = 0;
    qint64 incidentId = 0;
    qint64 correspondenceId = 0;
    qint64 personId = 0;
    QString description;
    QString sourceUrl;
    QDateTime capturedAt;
    qint64 addedByUserId = 0;
    QDateTime addedAt;
};
