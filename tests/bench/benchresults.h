#pragma once

#include <QJsonObject>
#include <QList>
#include <deque>
#include <QString>
#include <functional>

// One measured figure: its runs, the same work straight on SQLite where there is such a thing,
// and the target it is held to.
struct BenchFigure {
    QString key;                // stable name in the JSON
    QString label;
    QString unit = QStringLiteral("ms");
    QList<double> runs;
    QList<double> rawRuns;      // empty: no raw equivalent
    double target = 0;          // 0: no target
    bool higherIsBetter = false;
    bool targetIsRatio = false; // the target holds our median against the raw one
    QString detail;             // what was measured on (rows, items, pages)

    double median() const;
    double worst() const;
    double rawMedian() const;
    // Our cost against SQLite's alone: above 1 is slower, whichever way the unit runs.
    double ratio() const;
    // Judged on the median, as the worst run on a shared machine says more about the machine.
    bool met() const;
};

// The benchmark's figures, as a readable table and as JSON.
class BenchResults
{
public:
    BenchFigure &add(const QString &key, const QString &label, double target, const QString &unit = QStringLiteral("ms"));
    // Runs `work` `repeats` times; each run returns (our time, raw time or a negative number).
    static void repeat(BenchFigure &figure, int repeats, const std::function<std::pair<double, double>()> &work);

    QString table() const;
    QJsonObject json(const QJsonObject &machine) const;
    bool allMet() const;

private:
    std::deque<BenchFigure> m_figures;      // references stay valid as figures are added
};
