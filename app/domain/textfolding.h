#pragma once

#include <QString>
#include <QStringList>

// Search and name matching that ignore case and diacritics ("ozturk" finds "Öztürk", "hof"
// finds "van 't Hof"). Both databases index and query text folded by this one function, so
// they find the same things.
namespace TextFolding {

// Lower case, accents removed, special letters spelled out (ß → ss, ø → o, ı → i).
QString fold(const QString &text);
// The folded words of a text: letters and digits only.
QStringList words(const QString &text);

} // namespace TextFolding
