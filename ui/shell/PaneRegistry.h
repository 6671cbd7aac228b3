#pragma once

#include "shell/PaneActions.h"

#include <QList>

class QWidget;

namespace dataarts {
class RunCenter;
}

namespace dataarts::ui {

class Pane;

// The panes of the main window, in tab order. Adding a pane is one line in
// PaneRegistry.cpp.
class PaneRegistry
{
public:
    struct Entry {
        Pane *pane;
        PaneActions actions; // which of the window's Actions its selection feeds
    };

    // New instances of every pane (the caller hands them to MainWindow::addPane and to
    // Workflow::attach); the History pane reads the run center's journal.
    static QList<Entry> createPanes(RunCenter *runs);
};

} // namespace dataarts::ui
