#include "IdFactory.h"

namespace dataarts::sandbox {

IdFactory::IdFactory(quint64 seed)
    : m_entityBase(1'200'000'000'000'000'000LL +
                   qint64(Rng::mix(seed, 11) % 40'000'000'000'000'000ULL))
    , m_numericBase(1'300'000'000'000'000'000LL +
                    qint64(Rng::mix(seed, 12) % 40'000'000'000'000'000ULL))
    , m_shortBase(800'000'000'000'000'000LL +
                  qint64(Rng::mix(seed, 13) % 90'000'000'000'000'000ULL))
    , m_hex(Rng::mix(seed, 14))
{}

int IdFactory::entityIndex(qint64 id, int count) const
{
    const qint64 delta = id - m_entityBase;
    if (delta < 0 || delta % kEntityStride != 0)
        return -1;
    const qint64 index = delta / kEntityStride;
    return index < count ? int(index) : -1;
}

qint64 IdFactory::nextNumeric()
{
    // Snowflake-like: increasing, not consecutive.
    ++m_numericCount;
    return m_numericBase + m_numericCount * 8191 + qint64(Rng::mix(quint64(m_numericCount)) % 4096);
}

qint64 IdFactory::nextShort()
{
    return m_shortBase + (++m_shortCount) * 524287;
}

QString IdFactory::nextHex()
{
    return QString::fromLatin1(m_hex.hex32());
}

} // namespace dataarts::sandbox
