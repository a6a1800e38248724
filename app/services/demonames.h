#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Fictitious but realistic Dutch material for demo data: names with tussenvoegsels and
// diacritics, streets, places, schools, and texts for incidents and letters.
namespace DemoNames {

const QStringList &girlNames();
const QStringList &boyNames();
// (tussenvoegsel, surname) pairs.
const QList<QPair<QString, QString>> &surnames();
const QStringList &streets();
const QStringList &cities();
const QStringList &schoolNames();
const QStringList &staffFunctions();

struct IncidentText {
    QString title;
    QString description;       // {causer}, {victim} and {platform} are filled in
};
const QList<IncidentText> &pupilIncidents();
const QList<IncidentText> &staffIncidents();
const QList<IncidentText> &parentIncidents();
const QStringList &noteTexts();
const QStringList &correspondenceSubjects();
const QStringList &closingSummaries();

} // namespace DemoNames
