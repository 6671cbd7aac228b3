#pragma once

#include <QObject>

class QSocketNotifier;

namespace dataarts::sandbox {

// Turns SIGINT and SIGTERM (Ctrl+C / Ctrl+Break on Windows) into the `stopRequested`
// signal on the event loop, so the sandbox shuts down cleanly and exits 0.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dataarts::sandbox
