#pragma once

#include <QColor>

class QPalette;

namespace dataarts::ui {

// The colour family of a status badge. The badge always carries its text too: the colour is
// a second cue, never the only one.
enum class StatusTone {
    None,      // not a badge
    Neutral,   // drafts, created
    Good,      // published
    Attention, // stopped
    Bad,       // rejected
    Pending,   // waiting for a review or a notice
    Muted,     // offline, not published
};

// The badge colour of a tone, lighter on dark palettes so that it keeps its contrast.
QColor statusToneColor(StatusTone tone, const QPalette &palette);

} // namespace dataarts::ui
