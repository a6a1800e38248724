#pragma once

#include <QString>

struct ProtocolArticle
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 protocolVersionId = 0;
    QString code;           // A1 … E1, SM1 …
    QString section;
    QString sectionTitle;
    QString title;
    QString body;
    bool isSanction = false;
    int sortOrder = 0;
};
