#pragma once

#include <QObject>

class QSocketNotifier;

namespace dataarts::cli {

// SIGINT and SIGTERM, turned into a Qt signal on the event loop: the handler only writes
// the signal's number to a pipe (async-signal-safe); a QSocketNotifier on the other end
// emits received() where anything may be done. After the first signal the default action
// is back, so that a second Ctrl+C ends the process at once. One instance at a time; the
// previous handlers are restored when it goes.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // False when the pipe or the handlers could not be set up (signals then act as before).
    bool isActive() const { return m_notifier != nullptr; }
    // "SIGINT" or "SIGTERM".
    static QString name(int signal);

signals:
    void received(int signal);

private:
    void onReadable();
    void restoreHandlers();

    QSocketNotifier *m_notifier = nullptr;
    bool m_handlersRestored = false;
};

} // namespace dataarts::cli
