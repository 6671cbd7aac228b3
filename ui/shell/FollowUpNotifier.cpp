#include "FollowUpNotifier.h"

#include "DesktopNotice.h"

#include "waiting/WaitingView.h"

namespace dataarts::ui {

FollowUpNotifier::FollowUpNotifier(DesktopNotice *notice, QObject *parent)
    : QObject(parent)
    , m_notice(notice)
{}

void FollowUpNotifier::follow(WaitingView *view)
{
    connect(view, &WaitingView::runsSettled, this, &FollowUpNotifier::onRunsSettled);
}

void FollowUpNotifier::onRunsSettled(const QList<SettledRun> &runs)
{
    const int tookEffect = SettledRuns::tookEffect(runs);
    const int refused = SettledRuns::refused(runs);
    if (tookEffect + refused == 0)
        return;
    const QString title = SettledRuns::title(runs);
    const QString text = SettledRuns::text(runs);
    if (m_notice)
        m_notice->show(title, text, refused > 0);
    emit notified(title, text, tookEffect, refused);
}

} // namespace dataarts::ui
