#pragma once

#include <QStringList>

class QWidget;

namespace a11yTest {

// Walks the accessibility tree of a window (what a screen reader reads through the Linux
// accessibility bus) from QAccessible::queryAccessibleInterface(root): every visible
// interactive element (button, check box, radio button, combo box, text field, spin box,
// slider, list, table, tree, tab, link) must have a name. Items inside lists, tables,
// trees and combo boxes are data and not checked; scroll bars are Qt's own. Returns one
// line per unnamed element: its role and the path of widget names down to it.
QStringList unnamedControls(QWidget *root);

} // namespace a11yTest
