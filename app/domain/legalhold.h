#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// A legal hold (an open police or court case) keeps a dossier past its retention term.
struct LegalHold
{
    Q_DECLARE_TR_FUNCTIONS(LegalHold)

public:
    qint64 id = 0;
    qint64 version = 0;
    qint64 personId = 0;
    QString personName;     // for lists; not stored
    QString reason;
    QDate startsOn;
    QDate endsOn;           // invalid: until further notice

    bool activeOn(const QDate &day) const { return startsOn <= day && (!endsOn.isValid() || endsOn >= day); }
    // What is wrong with it, in words for the user; empty when it may be saved.
    QString problem(const QDate &today) const;
};

// What was destroyed at the end of a retention term: no personal data.
struct DestructionRecord
{
    qint64 id = 0;
    QDateTime destroyedAt;
    QString userLogin;
    QString dossierKind;    // code: leerling, medewerker, ouder, overig
    QString ground;
    int rowsRemoved = 0;
    int attachmentsRemoved = 0;
};
