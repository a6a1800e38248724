#pragma once

#include "person.h"
#include "user.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What a summary made *for* someone may name. Everybody else is replaced by a stable role label.
struct RedactionOptions
{
    qint64 forPersonId = 0;         // who the copy is made for
    QSet<qint64> keptPersons;       // that person and their family
    bool nameStaffInRole = true;    // users (the director signing, the registrar) stay named
    QStringList extraTerms;         // words a user added by hand in the preview
    bool highlight = false;         // mark replacements (preview only, never in the export)
};

// Replaces the names of persons in any text by role labels ("Leerling A", "Ouder B"): full names
// in both orders, initials with surname, surnames with and without tussenvoegsel, given names,
// roepnamen and e-mail addresses, matched word by word in any case and with or without
// diacritics. A word that belongs both to a named and to a redacted person is not replaced but
// reported, so the user can decide in the preview; privacy wins over prose everywhere else.
class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)

public:
    struct Piece
    {
        enum Kind { Plain, Replaced, Ambiguous };
        QString text;
        Kind kind = Plain;
    };

    Redactor(const QList<Person> &persons, const QList<User> &users, const RedactionOptions &options);

    QList<Piece> apply(const QString &text) const;
    QString plain(const QString &text) const;
    // Escaped HTML (line breaks as <br>); replacements highlighted when the options ask for it.
    QString html(const QString &text) const;
    // The label of a redacted person, or their display name when they are kept.
    QString label(qint64 personId) const;
    // One line for under the title: who the copy is for and that others are labelled.
    QString notice() const;
    // Words that belong to a kept and a redacted person alike, as they first appeared.
    QStringList ambiguousWords() const;
    const RedactionOptions &options() const { return m_options; }

private:
    struct Owner
    {
        enum Kind { Kept, Redacted, Several, Term, Ambiguous };
        Kind kind = Kept;
        QString label;
    };
    struct Token
    {
        QString folded;
        int start = 0;
        int end = 0;
    };
    static QList<Token> tokens(const QString &text);
    static QList<QStringList> personVariants(const Person &person);
    static QList<QStringList> userVariants(const User &user);
    static QString letters(int index);
    void addRedacted(const QList<QStringList> &variants, const QString &label);

    RedactionOptions m_options;
    QHash<QString, Owner> m_variants;       // folded words joined by a space
    QHash<qint64, QString> m_labels;
    QHash<qint64, QString> m_names;
    int m_longest = 1;
    mutable QStringList m_ambiguousSeen;
};
