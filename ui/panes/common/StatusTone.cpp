#include "StatusTone.h"

#include <QPalette>

namespace dataarts::ui {

QColor statusToneColor(StatusTone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case StatusTone::Good:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case StatusTone::Attention:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case StatusTone::Bad:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case StatusTone::Pending:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case StatusTone::Muted:
        return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
    case StatusTone::Neutral:
    case StatusTone::None:
        break;
    }
    return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x54, 0x6e, 0x7a);
}

} // namespace dataarts::ui
