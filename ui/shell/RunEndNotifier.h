#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace dataarts {
class RunCenter;
} // namespace dataarts

namespace dataarts::ui {

class DesktopNotice;

// Says how a long run ended when nobody is looking (issue 19): when a run that took at least
// minimumSeconds() finishes while the window is not the active one, a desktop notification
// (DesktopNotice) gives the run, how it ended and its counts.
class RunEndNotifier : public QObject
{
    Q_OBJECT
public:
    // notice: how it notifies (shared with the other notifiers: one tray icon).
    RunEndNotifier(QWidget *window, RunCenter *runs, DesktopNotice *notice,
                   QObject *parent = nullptr);

    // Runs shorter than this end without a notification (default 60).
    void setMinimumSeconds(int seconds) { m_minimumSeconds = seconds; }
    int minimumSeconds() const { return m_minimumSeconds; }

signals:
    // A notification was given: its title and text.
    void notified(qint64 runId, const QString &title, const QString &text);

private:
    void onRunFinished(qint64 runId);

    QPointer<QWidget> m_window;
    RunCenter *m_runs;
    QPointer<DesktopNotice> m_notice;
    int m_minimumSeconds = 60;
};

} // namespace dataarts::ui
