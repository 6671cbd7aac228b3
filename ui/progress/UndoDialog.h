#pragma once

#include "runs/UndoPlan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace dataarts::ui {

// What an undo will send, before anything leaves (issue 23): every pair by name with its
// ids, the action, their count (the same in the title, the list and the button), and the
// pairs left out with the reason (changed since the run, not changed by it). Accept starts
// the undo; the dialog itself sends nothing.
class UndoDialog : public QDialog
{
    Q_OBJECT
public:
    UndoDialog(qint64 runId, const UndoPlan &plan, QWidget *parent = nullptr);

    QTreeWidget *targetList() const { return m_targets; }
    QTreeWidget *skippedList() const { return m_skipped; }
    QPushButton *undoButton() const;

private:
    QLabel *m_summary;
    QTreeWidget *m_targets;
    QLabel *m_skippedLabel;
    QTreeWidget *m_skipped;
    QDialogButtonBox *m_buttons;
};

} // namespace dataarts::ui
