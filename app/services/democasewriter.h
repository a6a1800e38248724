#pragma once

#include "../domain/measuretype.h"
#include "demodatagenerator.h"
#include "demomeasurewriter.h"
#include "demopeople.h"
#include "demorandom.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>

class Database;
struct Incident;
class Transaction;

// Writes one fictitious case at a time for the demo data: the incident with its people and
// articles, a follow-up note, often a measure and its actions, letters in the right dossier, and
// now and then evidence and a legal hold. Measures and their actions follow the rules
// (DemoMeasureWriter).
class DemoCaseWriter
{
public:
    // How the cases are spread: as at a real board, one pupil turns up again and again (every
    // `frequentEvery`-th case is theirs), and one case runs long, with `longCaseExtras` more
    // notes and letters than usual.
    struct Shape {
        int frequentEvery = 0;
        int longCase = -1;          // which case, counted from 0
        int longCaseExtras = 0;
        int total = 1;              // how many cases are written
    };

    DemoCaseWriter(Database &db, DemoRandom &random, const DemoPeople &people, const QDate &today, const Shape &shape);
    void write(Transaction &tx, DemoDataGenerator::Summary &summary);

private:
    QDateTime reportMoment(int caseNumber) const;
    // Who a letter in this dossier is to or from: the parent it is about, else a parent of a
    // pupil; 0 for a staff member's own letters.
    qint64 correspondentFor(qint64 dossier, qint64 parent) const;
    void writeLongHistory(Transaction &tx, const Incident &incident, qint64 dossier, DemoDataGenerator::Summary &summary);

    Database &m_db;
    DemoRandom &m_random;
    const DemoPeople &m_people;
    QDate m_today;
    Shape m_shape;
    int m_written = 0;
    qint64 m_protocolId = 0;
    QHash<QString, qint64> m_articles;      // article code → id in the protocol in force
    QList<MeasureType> m_pupilLadder;
    QList<MeasureType> m_staffLadder;
    QList<MeasureType> m_parentLadder;
    qint64 m_previousIncident = 0;
    QByteArray m_sharedScreenshot;          // now and then the same screenshot is filed twice
    QList<QDate> m_workingDays;     // the last two years, Monday to Friday
    DemoMeasureWriter m_measures;
};
