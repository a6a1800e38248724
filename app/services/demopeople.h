#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The people the demo data made, as the cases drawn between them need them.
struct DemoPeople
{
    struct School {
        qint64 schoolId = 0;
        QList<qint64> pupils;
        QList<qint64> staff;
    };

    QList<School> schools;
    QHash<qint64, QString> names;               // person id → display name
    QHash<qint64, QList<qint64>> parentsOf;     // pupil → parents
    QHash<qint64, qint64> childOf;              // parent → one child
    qint64 directorUser = 0;
    qint64 boardUser = 0;
    qint64 reporterUser = 0;
};
