#pragma once

#include <QByteArray>
#include <QString>

// The text of an RTF document, for a mail whose only body is RTF: paragraphs, tabs, \'hh bytes
// in the document's code page and \u characters; tables of fonts, colours, styles, pictures and
// other hidden destinations left out. RTF that Outlook made from HTML (\fromhtml) gives the text
// of that HTML.
class RtfText
{
public:
    static QString toPlainText(const QByteArray &rtf);
};
