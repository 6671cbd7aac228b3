#pragma once

#include <Qt>

namespace dataarts::ui {

// Roles the pane models answer beside the standard ones.
namespace roles {
enum : int {
    // The raw value a column sorts by: a string, a number or an enum ordinal, never the
    // translated display text.
    Sort = Qt::UserRole + 1,
    // A StatusTone (as int) for cells drawn as a status badge; absent for plain cells.
    Tone,
    // The record's id (every column).
    RecordId,
    // The cluster (instance) id of an API x cluster cell; absent elsewhere.
    ClusterId,
};
} // namespace roles

} // namespace dataarts::ui
