#pragma once

#include "enums.h"

#include <QString>
#include <optional>

// A letter template: rich text with merge fields ([[veld]]), the channel it is sent by, and the
// kind of action it fulfils (a suspension letter is "ouders informeren").
struct LetterTemplate
{
    qint64 id = 0;
    qint64 version = 0;
    QString code;
    QString name;
    Channel channel = Channel::Brief;
    std::optional<ActionKind> actionKind;
    QString body;           // HTML
    bool active = true;
};
