#pragma once

#include "runs/UndoPlan.h"

#include "dto/Approver.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace dataarts {
class ListJob;
class Pager;
class Session;
} // namespace dataarts

namespace dataarts::ui {

// What an undo will send, before anything leaves (issue 23): every target by name with its
// ids, the inverse, their count (the same in the title, the list and the button), and the
// targets left out with the reason (changed since the run, not changed by it). The undo of
// a batch offline is a batch publish, which needs an approver: the dialog lists the
// approvers (every page of approvals/users, as the offline wizard does) with the original
// run's approver chosen, and offers fast approval as the run had it. Accept starts the
// undo (plan() holds the chosen approver); the dialog itself sends nothing. The undo of an
// UNPUBLISH lists the apps each pair gets back and says what cannot be restored.
class UndoDialog : public QDialog
{
    Q_OBJECT
public:
    // session: where the approvers are listed (batch offline only; may be null otherwise).
    UndoDialog(qint64 runId, const UndoPlan &plan, Session *session, QWidget *parent = nullptr);
    ~UndoDialog() override;

    QTreeWidget *targetList() const { return m_targets; }
    QTreeWidget *skippedList() const { return m_skipped; }
    QComboBox *approverBox() const { return m_approver; }
    QCheckBox *fastBox() const { return m_fast; }
    QPushButton *undoButton() const;
    // Whether the approvers have been listed (or could not be: approverStatus() says why).
    bool approversLoaded() const { return m_loaded; }
    QString approverStatus() const;
    // An undo of UNPUBLISH: the apps authorized again on a pair, by name.
    static QString appsText(const UndoPlan &plan, const QString &apiId, const QString &clusterId);
    // The plan to run: as given, with the approver and fast approval chosen here.
    UndoPlan plan() const;

private:
    void loadApprovers();
    void onApprovers();
    void updateButton();

    UndoPlan m_plan;
    Session *m_session;
    QLabel *m_summary;
    QTreeWidget *m_targets;
    QLabel *m_approverLabel = nullptr;
    QComboBox *m_approver = nullptr;
    QCheckBox *m_fast = nullptr;
    QLabel *m_approverStatus = nullptr;
    QLabel *m_skippedLabel;
    QTreeWidget *m_skipped;
    QDialogButtonBox *m_buttons;
    QPointer<Pager> m_pager;
    QList<Approver> m_loading;
    bool m_loaded = false;
};

} // namespace dataarts::ui
