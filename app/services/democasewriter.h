#pragma once

#include "../domain/measuretype.h"
#include "demodatagenerator.h"
#include "demopeople.h"
#include "demorandom.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

class Database;
class Transaction;

// Writes one fictitious case at a time for the demo data: the incident with its people and
// articles, a follow-up note, often a measure and its actions, letters in the right dossier, and
// now and then evidence and a legal hold.
class DemoCaseWriter
{
public:
    DemoCaseWriter(Database &db, DemoRandom &random, const DemoPeople &people, const QDate &today);
    void write(Transaction &tx, DemoDataGenerator::Summary &summary);

private:
    Database &m_db;
    DemoRandom &m_random;
    const DemoPeople &m_people;
    QDate m_today;
    qint64 m_protocolId = 0;
    QHash<QString, qint64> m_articles;      // article code → id in the protocol in force
    QList<MeasureType> m_pupilLadder;
    QList<MeasureType> m_staffLadder;
    QList<MeasureType> m_parentLadder;
    qint64 m_previousIncident = 0;
    QByteArray m_sharedScreenshot;          // now and then the same screenshot is filed twice
};
