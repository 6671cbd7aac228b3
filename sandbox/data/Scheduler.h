#pragma once

#include <QHash>

#include <functional>
#include <map>

namespace dataarts::sandbox {

// Changes that take effect at a time of the sandbox clock (WAITING_* pairs, scheduled
// message confirmations). The server runs what is due before every request, once a
// second, and after POST /__sandbox/time.
class Scheduler
{
public:
    using Task = std::function<void()>;

    quint64 at(qint64 dueMs, Task task);
    void cancel(quint64 id);
    // Runs every task due at nowMs, oldest first (tasks may schedule more).
    int runDue(qint64 nowMs);
    int pending() const { return int(m_tasks.size()); }

private:
    quint64 m_next = 0;
    std::multimap<qint64, quint64> m_order;
    QHash<quint64, Task> m_tasks;
};

} // namespace dataarts::sandbox
