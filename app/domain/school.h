#pragma once

#include <QString>

struct School
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    QString brin;           // BRIN with vestiging: "12AB" or "12AB00"
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QString directorName;
    bool active = true;

    // A sentence saying what must be corrected (no name, a malformed BRIN or postal code),
    // empty when valid.
    QString problem() const;
    // A Dutch postal code as it is written, "1234 AB", however it was typed ("1234ab",
    // " 1234  AB"); anything else comes back trimmed, for problem() to name.
    static QString normalisedPostalCode(const QString &typed);
};
