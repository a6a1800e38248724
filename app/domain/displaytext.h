#pragma once

#include <QString>

// Text from outside (a mail, a CSV file, a stored subject) made safe to show: in a terminal, a
// message or as a file name. Control characters and the bidi overrides that make
// "foto\u202Egpj.exe" look like "fotoexe.jpg" are never passed on as they are.
namespace DisplayText {

// One line for a terminal or a message: control and bidi characters written as \xNN or \uNNNN,
// line breaks as \n, cut to `maxLength` characters with "…" (0: no limit).
QString escaped(const QString &text, int maxLength = 0);
// One line to store (a mail's subject or sender): control and bidi characters dropped, line
// breaks and tabs as spaces.
QString oneLine(const QString &text);
// True when `c` is a control character or a bidi formatting character.
bool isHidden(QChar c);
// A name to show and to offer when saving: no folders ("../../etc/passwd" → "passwd"), no
// control or bidi characters, no characters Windows refuses, at most 120 characters with the
// extension kept; "bijlage" when nothing is left.
QString fileName(const QString &raw);

} // namespace DisplayText
