#pragma once

#include <QApplication>
#include <QStringList>
#include <QWidget>

class QAbstractItemView;

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

// The newest visible top-level widget of this type (a dialog or wizard just opened).
template <typename T>
T *openWindow()
{
    T *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            found = t;
    }
    return found;
}

// Selects rows first..last (bounded by the model) in every column, first current.
void selectRows(QAbstractItemView *view, int first, int last);

} // namespace a11yTest
