#pragma once

#include "StatusTone.h"

#include <QString>

#include <functional>

class QPalette;
class QWidget;

namespace dataarts::ui {

// Keeps a widget's style sheet made from the palette it sits on (its parent's, or the
// application's): set now, and again whenever that palette changes (light, dark, high
// contrast), so no colour is fixed for one palette. A later call replaces the sheet maker.
void followPalette(QWidget *widget, std::function<QString(const QPalette &)> sheet);

// A tinted frame (a banner, an error strip) named objectName: the tone over the palette's
// window colour as its background, the tone as its border, and its labels, check boxes and
// flat buttons in a text colour that reads at 4.5 : 1 at least on that background.
QString tintedFrameStyleSheet(const QString &objectName, StatusTone tone,
                              const QPalette &palette);

} // namespace dataarts::ui
