#pragma once

#include <QByteArray>
#include <QString>

// The board (stichting) that keeps the dossiers; its details head every letter and summary.
struct Organisation
{
    qint64 version = 0;
    QString name;
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QString website;
    QString letterheadText;
    QByteArray logoSha256;      // the letterhead logo in the attachment store, empty when none
};
