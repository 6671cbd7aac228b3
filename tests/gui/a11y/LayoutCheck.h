#pragma once

#include <QStringList>

class QAbstractItemView;
class QWidget;

namespace a11yTest {

// Inside the viewport of a scroll area below window (content that scrolls into view).
bool insideScrolledContent(QWidget *w, QWidget *window);

// Visible widgets of window (outside scrolled content) that reach outside its rectangle.
QStringList outsideWindow(QWidget *window);

// What does not fit one top-level window on its screen: the window's minimum size against
// the screen's available area, the window's frame against it, each visible interactive
// control against the window and the screen, and buttons narrower than their text needs.
QStringList misfits(QWidget *window);

// The visible widgets of window that ask for more than minWidth, widest first (at most
// 25 lines, "WIDTH: name"), for messages.
QStringList widest(QWidget *window, int minWidth = 300);

// Selects rows first..last (bounded by the model) in every column, first current.
void selectRows(QAbstractItemView *view, int first, int last);

} // namespace a11yTest
