#pragma once

#include <QList>
#include <QtGlobal>

// A small deterministic generator (SplitMix64): the same seed gives the same demo data on every
// platform and compiler, which the standard library's distributions do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // A whole number in [low, high].
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    // True with the given chance (0–1).
    bool chance(double p) { return double(next() >> 11) / double(1ULL << 53) < p; }

    template <typename T> const T &pick(const QList<T> &items) { return items.at(between(0, int(items.size()) - 1)); }

private:
    quint64 m_state;
};
