#include "RunEndNotifier.h"

#include "DesktopNotice.h"

#include "progress/RunText.h"

#include "journal/Journal.h"
#include "runs/RunCenter.h"

#include <QWidget>

namespace dataarts::ui {

RunEndNotifier::RunEndNotifier(QWidget *window, RunCenter *runs, DesktopNotice *notice,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_runs(runs)
    , m_notice(notice)
{
    connect(m_runs, &RunCenter::runFinished, this,
            [this](qint64 runId, BatchRun::Outcome) { onRunFinished(runId); });
}

void RunEndNotifier::onRunFinished(qint64 runId)
{
    if (!m_window || m_window->isActiveWindow())
        return;
    const std::optional<RunSummary> run = m_runs->journal()->runSummary(runId);
    if (!run || !run->createdAt.isValid())
        return;
    const QDateTime end =
        run->finishedAt.isValid() ? run->finishedAt : QDateTime::currentDateTimeUtc();
    if (run->createdAt.secsTo(end) < m_minimumSeconds)
        return;
    RunTotals totals;
    totals.total = run->total;
    for (auto it = run->counts.cbegin(); it != run->counts.cend(); ++it)
        totals.add(it.key(), it.value());
    const RunState state = RunText::stateOf(*run, false, totals);
    const QString title = tr("Run %1: %2").arg(QLocale().toString(runId), RunText::runState(state));
    const QString text = RunText::summary(runId, state, totals);
    if (m_notice)
        m_notice->show(title, text, RunText::runStateTone(state) != StatusTone::Good);
    emit notified(runId, title, text);
}

} // namespace dataarts::ui
