#pragma once

#include "person.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Merge fields in letter templates, written [[veld]]: the list the editor offers, filling a
// template, and finding fields that do not exist (reported before printing, never printed raw).
// Also the Dutch salutation and address block of a recipient.
class LetterMerge
{
    Q_DECLARE_TR_FUNCTIONS(LetterMerge)

public:
    struct Field {
        QString key;        // "ontvanger.aanhef"
        QString label;      // translated, for the editor's list
    };

    static QList<Field> fields();
    static QString placeholder(const QString &key) { return QStringLiteral("[[") + key + QStringLiteral("]]"); }
    // The field keys a template uses, in order of appearance, each once.
    static QStringList used(const QString &templateHtml);
    // Used keys that are not fields.
    static QStringList unknown(const QString &templateHtml);
    // Replaces every known field by its value (HTML-escaped, line breaks kept); fields without a
    // value become empty. Unknown fields stay as they are (callers check unknown() first).
    static QString fill(const QString &templateHtml, const QHash<QString, QString> &values);

    // "Geachte mevrouw Van der Berg," — the tussenvoegsel starts with a capital when no initial
    // or first name precedes it; without a known gender the full name: "Geachte Sam de Vries,".
    static QString salutation(const Person &recipient);
    // One letter to parents at one address: "Geachte heer en mevrouw Jansen," or "Geachte
    // mevrouw Jansen en heer De Vries,"; one person as above.
    static QString salutation(const QList<Person> &recipients);
    // Name, street, postal code and city, one per line.
    static QString addressBlock(const Person &recipient);
    // Both names on the first line ("Anna Jansen en Bert de Vries"), then the first one's address.
    static QString addressBlock(const QList<Person> &recipients);
    static QString names(const QList<Person> &recipients);
};
