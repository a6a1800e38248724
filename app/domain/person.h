#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

struct Person
{
    qint64 id = 0;
    qint64 version = 0;
    PersonKind kind = PersonKind::Leerling;
    QString givenNames;
    QString roepnaam;
    QString tussenvoegsel;
    QString surname;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    qint64 schoolId = 0;
    QString groupName;          // pupil's group or class
    QString functionTitle;      // staff member's function
    QString externalId;         // pupil or staff number
    QString email;
    QString phone;
    QString address;
    QString postalCode;
    QString city;
    QDate startDate;
    QDate leaveDate;
    QString notes;
    QDateTime createdAt;

    // "Jan van 't Hof": roepnaam (else first given name), tussenvoegsel, surname.
    QString displayName() const;
    // "Hof, Jan van 't": how Dutch lists sort and show names.
    QString sortName() const;
    // Splits a name as written in an export into given names, tussenvoegsel and surname:
    // "Fatima el Amrani", "Jan van 't Hof", "Hof, Jan van 't".
    void setFullName(const QString &fullName);

    // What keeps the person from being saved, in Dutch, or empty. `field` receives the column
    // at fault (surname, birth_date, school_id, email, start_date, leave_date) so a form can
    // put the cursor there.
    QString problem(const QDate &today, QString *field = nullptr) const;
    static bool looksLikeEmail(const QString &text);
};
