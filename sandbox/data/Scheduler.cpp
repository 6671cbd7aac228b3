#include "Scheduler.h"

namespace dataarts::sandbox {

quint64 Scheduler::at(qint64 dueMs, Task task)
{
    const quint64 id = ++m_next;
    m_order.emplace(dueMs, id);
    m_tasks.insert(id, std::move(task));
    return id;
}

void Scheduler::cancel(quint64 id)
{
    m_tasks.remove(id); // its m_order entry is skipped when it comes due
}

int Scheduler::runDue(qint64 nowMs)
{
    int ran = 0;
    while (!m_order.empty() && m_order.begin()->first <= nowMs) {
        const quint64 id = m_order.begin()->second;
        m_order.erase(m_order.begin());
        const auto it = m_tasks.find(id);
        if (it == m_tasks.end())
            continue;
        Task task = std::move(*it);
        m_tasks.erase(it);
        task();
        ++ran;
    }
    return ran;
}

} // namespace dataarts::sandbox
