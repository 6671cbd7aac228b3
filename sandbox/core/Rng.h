#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace dataarts::sandbox {

// SplitMix64: small, fast and the same sequence on every platform for a given seed, so
// that --seed makes seeded data and fault draws reproducible.
class Rng
{
public:
    explicit Rng(quint64 seed = 1)
        : m_state(seed)
    {}

    quint64 next();
    double uniform();          // [0, 1)
    int range(int lo, int hi); // [lo, hi]
    bool chance(double p) { return uniform() < p; }
    QByteArray hex32(); // 32 lowercase hex digits

    // Stateless mixing for data derived lazily from (seed, index).
    static quint64 mix(quint64 a, quint64 b = 0);
    static int pick(quint64 hash, int n) { return n <= 0 ? 0 : int(hash % quint64(n)); }

private:
    quint64 m_state;
};

} // namespace dataarts::sandbox
