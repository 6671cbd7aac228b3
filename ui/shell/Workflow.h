#pragma once

#include "dto/BizInfo.h"
#include "dto/Enums.h"
#include "impact/ImpactTarget.h"
#include "panes/common/ApiTarget.h"

#include <QList>
#include <QHash>
#include <QObject>
#include <QPointer>

class QDockWidget;

namespace dataarts {
class ConnectionManager;
class RunCenter;
} // namespace dataarts

namespace dataarts::ui {

class ApprovalsPane;
class ApisPane;
class DesktopNotice;
class FollowUpNotifier;
class HistoryView;
class MainWindow;
class Pane;
class ProgressView;
class ResumeBanner;
class RunEndNotifier;
class TablesPane;

// What happens between the panes, the wizards and the runs: the Tables and APIs panes'
// requests open the wizards on the open session and the run center's engine; a run started
// by a wizard or the Approvals pane, a run asked for by the History pane, and interrupted
// runs offered on start-up show in the Progress dock. Owns the Progress dock of the window.
class Workflow : public QObject
{
    Q_OBJECT
public:
    Workflow(MainWindow *window, ConnectionManager *connection, RunCenter *runs,
             QObject *parent = nullptr);

    // Wires a pane created by the PaneRegistry (the kinds it knows; others are left alone).
    void attach(Pane *pane);

    ProgressView *progressView() const { return m_progress; }
    ResumeBanner *resumeBanner() const { return m_banner; }
    QDockWidget *progressDock() const { return m_dock; }
    RunEndNotifier *runEndNotifier() const { return m_notifier; }
    FollowUpNotifier *followUpNotifier() const { return m_followUpNotifier; }

public slots:
    // names: the Tables pane's names by id, for the wizard's target list.
    void openOfflineWizard(const QList<dataarts::BizInfo> &selection,
                           const QHash<QString, QString> &names = {});
    // action: preselected on the action page (Unknown: the user chooses).
    void openApiActionWizard(const QList<dataarts::ui::ApiTarget> &selection,
                             dataarts::ApiAction action = dataarts::ApiAction::Unknown);
    // "Impact…" on a pane's selection: the report in a dialog of its own (reads only).
    void openImpact(const QList<dataarts::ImpactTarget> &targets);
    // Shows the Progress dock with this run selected.
    void showRun(qint64 runId);

private:
    void onTakeOfflineFromWindow(Pane *pane);
    void onApiActionFromWindow(Pane *pane, dataarts::ApiAction action);
    void onEngineChanged();
    // After a run: the pane of the records it changed reads them again.
    void rereadAfterRun(qint64 runId);
    QString profileName() const;
    // Who the user is: the profile's IAM user, or the "me" kept for it by the Approvals pane.
    QString userName() const;
    // The Tables pane's names by id (empty when the window has no Tables pane).
    QHash<QString, QString> tablesNames() const;
    void notConnected();
    void retranslateUi();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    ConnectionManager *m_connection;
    RunCenter *m_runs;
    QDockWidget *m_dock;
    ProgressView *m_progress;
    ResumeBanner *m_banner;
    DesktopNotice *m_notice; // the one tray icon of both notifiers
    RunEndNotifier *m_notifier;
    FollowUpNotifier *m_followUpNotifier;
    QList<QPointer<ApprovalsPane>> m_approvals;
};

} // namespace dataarts::ui
