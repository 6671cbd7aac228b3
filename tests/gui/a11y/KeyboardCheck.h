#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace a11yTest {

// Every key of the QActions and QShortcuts under a window (and the window's own), and the
// mnemonics (Alt+letter) of its labels, buttons, group boxes, tabs and menu titles, with the
// widgets each is attached to; clashes are two of them that Qt would match for one key
// with one focus widget (Qt then logs "Ambiguous shortcut overload" and triggers neither).
// The matching follows Qt's rules for shortcut contexts: WidgetShortcut (the focus widget
// itself), WidgetWithChildrenShortcut (the focus widget or one of its ancestors),
// WindowShortcut (a visible widget of the same window), ApplicationShortcut (always).
// Hidden widgets do not match (a pane on a hidden tab, a closed menu reached through no
// visible menu bar); enabled or not does not matter (a key must stay unique however the
// selection changes).
QStringList shortcutClashes(QWidget *window);

// What a key triggers with this focus: one line per match ("Ctrl+Shift+O: takeOfflineAction
// (QAction)"), for messages.
QStringList shortcutMatches(QWidget *window, QWidget *focus, const QKeySequence &key);

// The widget's name for messages: objectName (class), or the class and its parent's name.
QString describe(const QObject *object);

// Tab and Shift+Tab from the focus widget, count times: the widgets focus went through.
QList<QWidget *> tabWalk(QWidget *window, int count, bool backwards = false);

} // namespace a11yTest
