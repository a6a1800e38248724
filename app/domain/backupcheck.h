#pragma once

#include <QStringList>

// What the check of a backup (a written copy or a file to put back) found sound.
struct BackupCheck
{
    qint64 bytes = 0;
    int schemaVersion = 0;
    QStringList notes;      // what the check found sound
    QString anchor;         // an audit mark (AuditAnchor) that the live trail and the backup both hold
    QString sealedWith;     // the fingerprint of the key the backup is sealed with; empty: a plain file
};
