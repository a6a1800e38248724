#include "benchresults.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>

namespace {

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QString number(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', value >= 10 ? 1 : 2);
}

} // namespace

double BenchFigure::median() const
{
    return medianOf(runs);
}

double BenchFigure::worst() const
{
    if (runs.isEmpty())
        return 0;
    return higherIsBetter ? *std::min_element(runs.begin(), runs.end()) : *std::max_element(runs.begin(), runs.end());
}

double BenchFigure::rawMedian() const
{
    return medianOf(rawRuns);
}

double BenchFigure::ratio() const
{
    if (rawRuns.isEmpty() || rawMedian() <= 0 || median() <= 0)
        return 0;
    return higherIsBetter ? rawMedian() / median() : median() / rawMedian();
}

bool BenchFigure::met() const
{
    if (target <= 0)
        return true;
    if (targetIsRatio)
        return ratio() <= target;
    return higherIsBetter ? median() >= target : median() <= target;
}

BenchFigure &BenchResults::add(const QString &key, const QString &label, double target, const QString &unit)
{
    BenchFigure figure;
    figure.key = key;
    figure.label = label;
    figure.target = target;
    figure.unit = unit;
    m_figures.push_back(figure);
    return m_figures.back();
}

void BenchResults::repeat(BenchFigure &figure, int repeats, const std::function<std::pair<double, double>()> &work)
{
    for (int i = 0; i < repeats; ++i) {
        const auto [ours, raw] = work();
        figure.runs.append(ours);
        if (raw >= 0)
            figure.rawRuns.append(raw);
    }
}

QString BenchResults::table() const
{
    QList<QStringList> rows{ { "Measurement", "Median", "Worst", "SQLite alone", "Ratio", "Target", "Met", "Measured on" } };
    for (const BenchFigure &f : m_figures) {
        const QString unit = QLatin1Char(' ') + f.unit;
        const bool hasRaw = !f.rawRuns.isEmpty();
        rows.append({ f.label, number(f.median()) + unit, number(f.worst()) + unit,
                      hasRaw ? number(f.rawMedian()) + unit : QStringLiteral("–"),
                      hasRaw ? QString::number(f.ratio(), 'f', 1) + QStringLiteral("×") : QStringLiteral("–"),
                      f.target <= 0     ? QStringLiteral("–")
                      : f.targetIsRatio ? QStringLiteral("ratio ≤ ") + QString::number(f.target, 'f', 1) + QStringLiteral("×")
                                        : (f.higherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ ")) + number(f.target) + unit,
                      f.target > 0 ? (f.met() ? QStringLiteral("yes") : QStringLiteral("NO")) : QStringLiteral("–"),
                      f.detail });
    }
    // A Markdown table, readable in a terminal and pasted as is into the README.
    QString out;
    for (int r = 0; r < rows.size(); ++r) {
        out += QStringLiteral("| ") + rows.at(r).join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            out += QStringLiteral("|---|---:|---:|---:|---:|---:|---|---|\n");
    }
    return out;
}

QJsonObject BenchResults::json(const QJsonObject &machine) const
{
    QJsonArray figures;
    for (const BenchFigure &f : m_figures) {
        QJsonObject o{ { "key", f.key }, { "label", f.label }, { "unit", f.unit }, { "median", f.median() },
                       { "worst", f.worst() }, { "runs", QJsonArray::fromVariantList(QVariantList(f.runs.begin(), f.runs.end())) },
                       { "detail", f.detail } };
        if (!f.rawRuns.isEmpty()) {
            o.insert("sqliteMedian", f.rawMedian());
            o.insert("ratio", f.ratio());
        }
        if (f.target > 0) {
            o.insert("target", f.target);
            o.insert("higherIsBetter", f.higherIsBetter);
            o.insert("targetIsRatio", f.targetIsRatio);
            o.insert("met", f.met());
        }
        figures.append(o);
    }
    return QJsonObject{ { "machine", machine }, { "figures", figures }, { "allMet", allMet() } };
}

bool BenchResults::allMet() const
{
    return std::all_of(m_figures.begin(), m_figures.end(), [](const BenchFigure &f) { return f.met(); });
}
