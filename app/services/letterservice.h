#pragma once

#include "../domain/accessscope.h"
#include "../domain/correspondence.h"
#include "../domain/lettertemplate.h"
#include "../domain/measure.h"
#include "../domain/measuretype.h"
#include "../domain/person.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class Database;

// Letters from templates: the recipients to offer, the merge values for one recipient, the
// letter as HTML with the letterhead, as PDF and as ODT, and issuing it — filed as outgoing
// correspondence with its PDF in the dossier it concerns (for a parent: the child's), the
// matching action marked done, all in one transaction.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    struct Recipient {
        Person person;
        qint64 dossierId = 0;       // the pupil or staff member whose dossier gets the copy
        qint64 aboutId = 0;         // the parent, when the letter goes to a parent
        bool preselected = false;   // parents with parental authority or the mail flag
        QString role;               // "moeder", "medewerker", … for the list
        QList<Person> together;     // others who get this same letter (parents at one address)

        QList<Person> everyone() const { return QList<Person>{ person } + together; }
    };
    struct Request {
        LetterTemplate letter;
        qint64 incidentId = 0;
        qint64 measureId = 0;
        qint64 subjectPersonId = 0; // the pupil or staff member the letter is about
        QList<Recipient> recipients;
        qint64 actionToComplete = 0;    // an open action this letter fulfils, 0 for none
    };
    struct Issued {
        Correspondence item;
        QByteArray pdf;
    };

    LetterService(Database &db, const AccessScope &actor, const QString &signerName, const QString &signerRole);

    // The person themselves (pupil, staff member) and, for a pupil, their parents.
    QList<Recipient> recipientsFor(qint64 personId) const;
    // Parents of one child who live at one address get one letter together: the recipients
    // with the later ones folded into the first (Recipient::together).
    static QList<Recipient> togetherAtOneAddress(const QList<Recipient> &recipients);
    // Whether any two of these would share a letter.
    static bool shareAnAddress(const QList<Recipient> &recipients);
    // Fields the template uses that do not exist, as a Dutch message; empty when all is well.
    static QString templateProblem(const LetterTemplate &letter);
    // The template a letter about this measure starts on (its code); without a measure the
    // invitation to a hearing, which needs nothing but the case.
    static QString templateFor(const std::optional<Measure> &measure, const std::optional<MeasureType> &type);
    // Whether a template is written for this kind of person: a pupil's letter never goes out
    // about a staff member or the other way round (by the default templates' codes, else by the
    // pupil or staff fields a template uses).
    static bool fits(const LetterTemplate &letter, PersonKind subjectKind);
    // The keys of the fields the template uses that stay empty for this recipient.
    QStringList emptyFields(const Request &request, const Recipient &recipient) const;
    // Why this letter cannot go out as it stands, as a Dutch message naming the fields and what
    // to do; empty when it can. issue() refuses with the same message, so no letter is printed,
    // saved or filed with a blank where the template expects a value.
    QString problem(const Request &request) const;
    QHash<QString, QString> values(const Request &request, const Recipient &recipient) const;
    // The whole letter (letterhead and merged body) as HTML.
    QString html(const Request &request, const Recipient &recipient) const;
    static QByteArray pdf(const QString &html);
    static QByteArray odt(const QString &html);
    // Files one outgoing item with its PDF per recipient; throws StorageError (nothing written)
    // when the template has unknown fields or a rule breaks.
    QList<Issued> issue(const Request &request);

private:
    Database &m_db;
    AccessScope m_actor;
    QString m_signerName;
    QString m_signerRole;
};
