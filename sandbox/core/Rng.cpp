#include "Rng.h"

namespace dataarts::sandbox {

namespace {

quint64 finalize(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

quint64 Rng::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return finalize(m_state);
}

double Rng::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int Rng::range(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + int(next() % quint64(hi - lo + 1));
}

QByteArray Rng::hex32()
{
    QByteArray out = QByteArray::number(next(), 16).rightJustified(16, '0');
    out += QByteArray::number(next(), 16).rightJustified(16, '0');
    return out;
}

quint64 Rng::mix(quint64 a, quint64 b)
{
    return finalize(finalize(a + 0x9e3779b97f4a7c15ULL) ^ (b * 0xd6e8feb86659fd93ULL + 1));
}

} // namespace dataarts::sandbox
