#pragma once

#include <QString>

namespace dataarts {

// An enum value decoded from the wire: a known value, or Unknown with the raw string kept
// so that nothing the server said is lost (a new status shows as its own name).
template <typename E>
struct KnownEnum {
    E value = E::Unknown;
    QString raw; // exactly as received (empty when the field was absent)

    bool isKnown() const { return value != E::Unknown; }
    bool isEmpty() const { return raw.isEmpty(); }
    bool operator==(E other) const { return value == other; }
    bool operator!=(E other) const { return value != other; }
};

// Each enum of Enums.h has a table of wire names; these look it up.
template <typename E>
KnownEnum<E> decodeEnum(const QString &raw);

// The wire name of a known value (empty for Unknown).
template <typename E>
QString enumName(E value);

// Every known value, in table order (for filters and pickers).
template <typename E>
QList<E> enumValues();

} // namespace dataarts
