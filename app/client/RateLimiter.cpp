#include "RateLimiter.h"

#include <cmath>

namespace dataarts {

RateLimiter::RateLimiter(int capacity, int windowMs, QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::serve);
    setRate(capacity, windowMs);
    m_tokens = m_capacity;
}

void RateLimiter::setRate(int capacity, int windowMs)
{
    refill();
    m_capacity = capacity;
    m_windowMs = qMax(1, windowMs);
    m_tokens = qMin<double>(m_tokens, qMax(0, m_capacity));
    schedule();
}

bool RateLimiter::isPaused() const
{
    return now() < m_pausedUntil;
}

void RateLimiter::refill()
{
    const qint64 t = now();
    if (m_capacity > 0 && t > m_lastRefill) {
        m_tokens =
            qMin<double>(m_capacity, m_tokens + double(t - m_lastRefill) * m_capacity / m_windowMs);
    }
    m_lastRefill = t;
}

void RateLimiter::acquire(QObject *context, std::function<void()> ready)
{
    if (m_capacity <= 0 && !isPaused() && m_waiters.empty()) {
        ++m_stats.acquired;
        ready();
        return;
    }
    refill();
    if (m_waiters.empty() && !isPaused() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        ++m_stats.acquired;
        ready();
        return;
    }
    m_waiters.push_back(Waiter{QPointer<QObject>(context), std::move(ready), now()});
    schedule();
}

void RateLimiter::cancel(QObject *context)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->context == context || it->context.isNull())
            it = m_waiters.erase(it);
        else
            ++it;
    }
}

void RateLimiter::pause(int ms)
{
    ++m_stats.pauses;
    m_pausedUntil = qMax(m_pausedUntil, now() + qMax(0, ms));
    // Tokens saved up during the pause would release a burst when it ends.
    refill();
    m_tokens = qMin(m_tokens, 1.0);
    schedule();
}

void RateLimiter::serve()
{
    if (m_serving)
        return; // a ready() callback re-entered; the outer loop goes on
    m_serving = true;
    while (!m_waiters.empty()) {
        if (m_waiters.front().context.isNull()) {
            m_waiters.pop_front();
            continue;
        }
        if (isPaused())
            break;
        if (m_capacity > 0) {
            refill();
            if (m_tokens < 1.0)
                break;
            m_tokens -= 1.0;
        }
        Waiter w = std::move(m_waiters.front());
        m_waiters.pop_front();
        ++m_stats.acquired;
        ++m_stats.waited;
        m_stats.totalWaitMs += now() - w.since;
        w.ready();
    }
    m_serving = false;
    schedule();
}

void RateLimiter::schedule()
{
    if (m_waiters.empty()) {
        m_timer.stop();
        return;
    }
    qint64 delay = 0;
    const qint64 t = now();
    if (t < m_pausedUntil)
        delay = m_pausedUntil - t;
    if (m_capacity > 0) {
        refill();
        if (m_tokens < 1.0) {
            const double msPerToken = double(m_windowMs) / m_capacity;
            delay = qMax<qint64>(delay, qint64(std::ceil((1.0 - m_tokens) * msPerToken)));
        }
    }
    m_timer.start(int(qMin<qint64>(delay, 24 * 3600 * 1000)));
}

} // namespace dataarts
