#include "StatusTone.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

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

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}
} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableToneColor(StatusTone tone, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor back = palette.color(background);
    QColor colour = statusToneColor(tone, palette);
    const bool darkBack = luminance(back) < 0.18;
    for (int step = 0; step < 40 && contrastRatio(colour, back) < 4.5; ++step)
        colour = darkBack ? colour.lighter(108) : colour.darker(108);
    if (contrastRatio(colour, back) < 4.5)
        colour =
            palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    return colour;
}

QColor toneTint(StatusTone tone, const QPalette &palette, qreal alpha, QPalette::ColorRole over)
{
    const QColor t = statusToneColor(tone, palette);
    const QColor b = palette.color(over);
    return QColor::fromRgbF(t.redF() * alpha + b.redF() * (1 - alpha),
                            t.greenF() * alpha + b.greenF() * (1 - alpha),
                            t.blueF() * alpha + b.blueF() * (1 - alpha));
}

QColor readableTextOn(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    if (contrastRatio(text, background) >= 4.5)
        return text;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

QString toneTextStyleSheet(StatusTone tone, const QPalette &palette, bool bold)
{
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(readableToneColor(tone, palette).name(),
             bold ? QStringLiteral(" font-weight: bold;") : QString());
}

} // namespace dataarts::ui
