#pragma once

#include <QColor>

#include <QPalette>
#include <QString>

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

// The contrast ratio of two colours (WCAG 2: relative luminances, 1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

// The tone's colour for text (an error line, a warning) on the palette's background role:
// its badge colour, darkened or lightened until it reads at 4.5 : 1 at least.
QColor readableToneColor(StatusTone tone, const QPalette &palette,
                         QPalette::ColorRole background = QPalette::Window);

// The tone laid over the palette's colour for a role at alpha (0..1): a tinted background.
QColor toneTint(StatusTone tone, const QPalette &palette, qreal alpha,
                QPalette::ColorRole over = QPalette::Window);

// A text colour for a background: the palette's window text where it reads at 4.5 : 1,
// else black or white, whichever reads better.
QColor readableTextOn(const QColor &background, const QPalette &palette);

// A style sheet that colours a label's text with readableToneColor() on the current palette.
QString toneTextStyleSheet(StatusTone tone, const QPalette &palette, bool bold = false);

} // namespace dataarts::ui
