#pragma once

#include "protocolarticle.h"

#include <QDate>
#include <QList>
#include <QString>

// A protocol as in force from a date. Incidents link the articles of the version in force on
// their date; a newer version never changes what older incidents link.
struct ProtocolVersion
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    QDate inForceFrom;
    QString notes;
    QList<ProtocolArticle> articles;
};
