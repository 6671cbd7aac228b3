#pragma once

#include "ApprovalRow.h"
#include "ApprovalsFilterBar.h"

#include "panes/common/RecordPane.h"

#include "batch/BatchRun.h"

#include <QHash>
#include <QPointer>

#include <functional>

class QLabel;
class QTimer;

namespace dataarts {
class BatchEngine;
class Journal;
struct RunSpec;
} // namespace dataarts

namespace dataarts::ui {

class ApprovalsModel;
class DecisionDialog;
class WaitingCounter;

// The Approvals pane: "Waiting for me" (Architecture approvals in DEVELOPING named to me,
// DataService messages to confirm, applications to review) and "My requests" (Architecture
// approvals I submitted, DataService applications I sent), with the Architecture list's
// filters, the instant filter, paging in the background and "select all matching".
//
// Bulk actions on the selection, each one or more runs of the batch engine (runStarted()):
//  - Approve…: Architecture approvals resolved with a message (DecisionDialog), DataService
//    applications approved, messages confirmed now;
//  - Approve at a time…: DataService messages confirmed for a time (ScheduleDialog);
//  - Reject…: Architecture approvals rejected with a message, applications rejected;
//  - Withdraw: pending Architecture approvals (the server refuses others' requests: the
//    notice shows its message).
// Rows an action does not apply to are left out (the dialog says how many are covered).
// When a run finishes the pane re-reads, and the notice says how it went (the failed items'
// server messages verbatim). "Show the run that created this" finds the run in the journal
// (showRunRequested()). The tab badge counts what waits for me (badgeChanged()); a poll
// (appSettings::approvalsPollSeconds, default 60) re-reads it while the application is in
// front, and follows up the runs of this connection that have items waiting for approval
// (BatchEngine::refreshPending()).
class ApprovalsPane : public RecordPane
{
    Q_OBJECT
public:
    using View = ApprovalsFilterBar::View;

    explicit ApprovalsPane(QWidget *parent = nullptr);
    ~ApprovalsPane() override;

    QString title() const override;
    QIcon icon() const override;

    void setSession(dataarts::Session *session) override;
    void refresh() override;
    // The engine of the open session (null when none): bulk actions run there.
    void setEngine(dataarts::BatchEngine *engine);
    dataarts::BatchEngine *engine() const;
    // The journal for "show the run that created this" and the poll (default: the
    // engine's).
    void setJournal(dataarts::Journal *journal);
    dataarts::Journal *journal() const;
    // Who "me" is: the user name approvals name as approver and submitter. Defaults to the
    // session's IAM user name; typed in the filter bar otherwise.
    void setUserName(const QString &name);
    QString userName() const;
    // Recorded with the runs the pane starts. "Me" is kept per profile (QSettings): a
    // profile set here brings back the user name last typed for it (none: empty).
    void setProfile(const QString &profileId, const QString &profileName);
    // The "me" kept for a profile (empty: none typed yet).
    static QString keptUserName(const QString &profileId);

    // The list shown (view() is the table view).
    View listView() const;
    void setListView(View view);

    ApprovalsModel *model() const { return m_model; }
    ApprovalsFilterBar *filterBar() const { return m_filterBar; }
    QAction *approveAction() const { return m_approve; }
    QAction *approveAtAction() const { return m_approveAt; }
    QAction *rejectAction() const { return m_reject; }
    QAction *withdrawAction() const { return m_withdraw; }
    QAction *showRunAction() const { return m_showRun; }
    QLabel *noticeLabel() const { return m_notice; }
    QTimer *pollTimer() const { return m_pollTimer; }

    // The selected rows, in view order.
    QList<ApprovalRow> selectedRecords() const;
    // The last badge count (what waits for me), -1 before the first count.
    int waitingCount() const { return m_waiting; }
    // The last notice (run outcome, action problem), translated.
    QString notice() const;
    // The runs started here and not finished yet.
    QList<qint64> activeRuns() const { return m_runs.keys(); }

    // One poll: does nothing unless the application is active; otherwise re-reads the badge
    // (and the list when it shows "waiting for me") and follows pending runs.
    // False when it did nothing (inactive application, no session).
    bool poll();
    // Calls BatchEngine::refreshPending() for every run of this connection with items
    // PENDING_APPROVAL; returns those runs.
    QList<qint64> followPendingRuns();

signals:
    void runStarted(qint64 runId);
    void showRunRequested(qint64 runId);
    void noticeChanged(const QString &text);

protected:
    void takePage(PageLoader *phase, dataarts::ListJob *job) override;
    QString phaseText(PageLoader *phase) const override;
    QString progressText(qint64 loaded, qint64 total) const override;
    QString summaryText(int shown, int loaded) const override;
    QString remainingText(qint64 remaining) const override;
    int countSelection() const override;
    void selectAllShown() override;
    void fillContextMenu(QMenu *menu) override;
    void updateActions() override;
    void retranslateUi() override;

private:
    struct Selection {
        QList<ApprovalRow> architecture; // waiting Architecture approvals
        QList<ApprovalRow> messages;     // messages awaiting confirmation
        QList<ApprovalRow> applications; // applications awaiting review
    };
    Selection waitingSelection() const;
    void requestApprove();
    void requestApproveAt();
    void requestReject();
    void requestWithdraw();
    void requestShowRun();
    void decide(DecisionDialog *dialog, const Selection &selection);
    // Starts the specs (user and profile filled in); false when one could not start.
    bool startRuns(QList<dataarts::RunSpec> specs);
    void onRunFinished(qint64 runId, dataarts::BatchRun::Outcome outcome);
    // The notice in the current language (a function: a language change says it again).
    void setNotice(const std::function<QString()> &text, bool problem);
    void showNotice();
    void updateBadge();
    // Keeps the typed "me" under the open profile.
    void rememberUserName();
    void onCounted(int count, bool ok);
    void applyPollInterval();

    ApprovalsModel *m_model = nullptr;
    ApprovalsFilterBar *m_filterBar = nullptr;
    QLabel *m_notice = nullptr;
    PageLoader *m_architecture = nullptr;
    PageLoader *m_dataService = nullptr;
    PageLoader *m_applications = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_approveAt = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_withdraw = nullptr;
    QAction *m_showRun = nullptr;
    QPointer<dataarts::BatchEngine> m_engine;
    dataarts::Journal *m_journal = nullptr;
    WaitingCounter *m_counter = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_rereadTimer = nullptr;
    QHash<qint64, int> m_runs; // run id -> RunKind
    QString m_profileId;
    QString m_profileName;
    std::function<QString()> m_noticeMaker;
    bool m_noticeProblem = false;
    QString m_noticeText;
    bool m_userTyped = false;
    int m_waiting = -1;
};

} // namespace dataarts::ui
