#pragma once

#include "panes/Pane.h"

#include "runs/FollowUp.h"
#include "runs/SettledRuns.h"
#include "runs/WaitingItems.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace dataarts {
class BatchEngine;
class RunCenter;
} // namespace dataarts

namespace dataarts::ui {

// The Waiting pane (issue 23, follow-up of deferred effects): every item of the journal that
// ended its run waiting, SCHEDULED (with the time it takes effect and a countdown) or
// PENDING_APPROVAL (with the approval it waits on), and what the last re-read said (the
// apps that still have to acknowledge an UNPUBLISH or STOP, or why it could not be read).
// The items of the open profile's runs are read again (FollowUp) when a session opens,
// when the earliest time comes, and on Refresh; those that took effect or were refused
// leave the list and itemsSettled() / runsSettled() say how many (the shell's
// FollowUpNotifier turns that into a desktop notification). Items of other profiles' runs are
// listed, and read again once their profile is open.
class WaitingView : public Pane
{
    Q_OBJECT
public:
    enum Column { Run, Action, Item, State, TakesEffectAt, TimeLeft, Apps, Note, ColumnCount };

    explicit WaitingView(RunCenter *center, QWidget *parent = nullptr);
    ~WaitingView() override;

    QString title() const override;
    QIcon icon() const override;
    void setSession(dataarts::Session *session) override;
    // Reads the open profile's waiting items again from the server.
    void refresh() override;
    bool isLoading() const override { return m_followUp != nullptr; }
    QString statusText() const override { return m_status; }

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // When the next automatic re-read is due (the earliest time an item takes effect), or
    // invalid when none is planned.
    QDateTime nextReadAt() const { return m_nextReadAt; }

public slots:
    // Lists the journal's waiting items again (no server read).
    void reload();
    void openCurrent();

signals:
    void showRunRequested(qint64 runId);
    // A re-read found items that took effect or were refused: how many, then the same by
    // run (what the notification sums up). Once per re-read, never for a re-read that
    // settled nothing.
    void itemsSettled(int tookEffect, int refused);
    void runsSettled(const QList<dataarts::SettledRun> &runs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEngineChanged(dataarts::BatchEngine *engine);
    void onFollowUpFinished();
    void planNextRead();
    void updateTimeLeft();
    QDateTime serverNow() const;
    void setStatus(const QString &text);

    QPointer<RunCenter> m_center;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_refresh;
    QPushButton *m_open;
    QList<WaitingItem> m_items;
    // What the last re-read said of items still waiting, by item id.
    QHash<qint64, FollowUp::Item> m_lastRead;
    QPointer<FollowUp> m_followUp;
    QTimer m_dueTimer;  // the next automatic re-read
    QTimer m_tickTimer; // the countdowns
    QDateTime m_nextReadAt;
    qint64 m_serverOffsetMs = 0; // server clock minus this computer's, as last read
    QString m_status;
};

} // namespace dataarts::ui
