#pragma once

#include "runs/SettledRuns.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace dataarts::ui {

class DesktopNotice;
class WaitingView;

// Says when followed items take effect or are refused (issue 23): each time a follow-up pass
// of the Waiting pane moves items to their final state, one desktop notification
// (DesktopNotice) sums them up by run ("Run 12: 3 APIs stopped; 1 refused"), not one per
// item. A pass that settles nothing says nothing.
class FollowUpNotifier : public QObject
{
    Q_OBJECT
public:
    explicit FollowUpNotifier(DesktopNotice *notice, QObject *parent = nullptr);

    // Notifies for the passes of this pane.
    void follow(WaitingView *view);

signals:
    // A notification was given: its title and text, and how many items took effect and
    // how many were refused in that pass.
    void notified(const QString &title, const QString &text, int tookEffect, int refused);

private:
    void onRunsSettled(const QList<dataarts::SettledRun> &runs);

    QPointer<DesktopNotice> m_notice;
};

} // namespace dataarts::ui
