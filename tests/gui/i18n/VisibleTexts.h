#pragma once

// What a user reads in a window: every user-facing text under a root widget that is shown
// (or one click away, like the actions of a menu), with where it was found.
#include <QList>
#include <QString>

class QWidget;

namespace uiText {

struct VisibleText {
    QString text;  // as shown (mnemonic '&' included), one line
    QString where; // "QLabel#summaryLabel in ProfileDialog#profileDialog"
};

// The root's window title and, for every widget under root that is visible to it (root
// included): labels (rich text as plain text), buttons, check and radio boxes, line-edit
// and text-edit placeholders, spin-box prefixes and suffixes, progress-bar texts, combo
// items, tab texts and tips, group-box titles, dock and dialog titles, the tool and status
// tips and accessible names and descriptions of widgets; the actions (text, tool tip,
// status tip) of the menu bar's menus and sub-menus whether open or not, of visible
// toolbars, of the menus of visible buttons and of open pop-up menus under root (a pane's
// context menu); a status bar's current message; the horizontal header of every visible
// item view's model (each column); and with `cells`, the display text and tool tip of the
// first rows of every visible item view (children of expanded tree rows included).
QList<VisibleText> visibleTexts(QWidget *root, bool cells = true);

} // namespace uiText
