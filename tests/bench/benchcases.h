#pragma once

#include "accessscope.h"
#include "benchresults.h"
#include "rawsqlite.h"

#include <QString>
#include <memory>

class Database;

// What the benchmark measures, each against the bench data set (a working copy of it: the
// import and the attachment write into it) and, where it means something, against the same
// statements run straight on SQLite.
class BenchCases
{
public:
    struct Options {
        QString database;           // the working copy
        QString executable;         // dossierkast, for the start-up figure
        QString commonWord;
        QString rareWord;
        int repeats = 5;
    };

    BenchCases(const Options &options, BenchResults &results);
    ~BenchCases();

    void openDatabase();
    void incidentList();
    void otherLists();
    void scrollToEnd();
    void search();
    void dossierTimeline();
    void caseSummaryPdf();
    void pupilImport();
    void attachment();
    void startUp();
    void peakMemory();

private:
    // Runs `work` with the recorder on; returns our milliseconds and those of the same reads on
    // SQLite alone.
    std::pair<double, double> timed(const std::function<void()> &work);

    Options m_options;
    BenchResults &m_results;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RawSqlite> m_raw;
    AccessScope m_scope;        // the board's office: sees every school
};
