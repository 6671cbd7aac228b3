#pragma once

#include "Rng.h"

#include <QString>

namespace dataarts::sandbox {

// Every id the sandbox hands out. Architecture ids are 64-bit numbers of 18 or 19 digits
// (entities are laid out arithmetically so an id maps back to its index without a table);
// DataService, IAM and review-center ids are 32 lowercase hex digits. All deterministic
// under --seed.
class IdFactory
{
public:
    explicit IdFactory(quint64 seed);

    // Entity i <-> id (19 digits, all above 2^53).
    qint64 entityId(int index) const { return m_entityBase + qint64(index) * kEntityStride; }
    int entityIndex(qint64 id, int count) const;

    // A fresh 19-digit id (approvals, batch groups and their items).
    qint64 nextNumeric();
    // A fresh 18-digit id (models, approvers).
    qint64 nextShort();
    // 32 lowercase hex digits.
    QString nextHex();

private:
    static constexpr qint64 kEntityStride = 4099;
    qint64 m_entityBase;
    qint64 m_numericBase;
    qint64 m_shortBase;
    qint64 m_numericCount = 0;
    qint64 m_shortCount = 0;
    Rng m_hex;
};

} // namespace dataarts::sandbox
