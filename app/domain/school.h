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

    // A sentence saying what must be corrected (no name, a malformed BRIN), empty when valid.
    QString problem() const;
};
