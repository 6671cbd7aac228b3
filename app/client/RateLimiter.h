#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace dataarts {

// A token bucket shared by every job of one session for one service (spec/product.md
// "Batch engine": DataService 120 / 10 s, Architecture writes 120 / min, reads 240 / min).
// A job asks for a token and is called back when it has one, at once when the bucket has
// one and nobody is queued, else later from a timer (first come, first served). A 429
// pauses the bucket so that queued jobs do not storm the server.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    // capacity tokens per windowMs, starting full. capacity <= 0: no limit.
    RateLimiter(int capacity, int windowMs, QObject *parent = nullptr);

    void setRate(int capacity, int windowMs);
    int capacity() const { return m_capacity; }
    int windowMs() const { return m_windowMs; }

    // Calls ready() once a token is taken. The call is dropped when context is destroyed
    // first or cancel(context) is called.
    void acquire(QObject *context, std::function<void()> ready);
    void cancel(QObject *context);

    // Hands out no token for the next ms milliseconds (a 429's Retry-After, or 2-5 s).
    // A longer pause already running is kept.
    void pause(int ms);
    void noteThrottled() { ++m_stats.throttled; }

    int queued() const { return int(m_waiters.size()); }
    bool isPaused() const;

    struct Stats {
        qint64 acquired = 0;    // tokens handed out
        qint64 waited = 0;      // of those, how many had to wait
        qint64 totalWaitMs = 0; // summed waiting time
        qint64 throttled = 0;   // 429 answers seen
        qint64 pauses = 0;      // pause() calls
    };
    Stats stats() const { return m_stats; }

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void()> ready;
        qint64 since = 0;
    };

    void refill();
    void serve();
    void schedule();
    qint64 now() const { return m_clock.elapsed(); }

    int m_capacity = 0;
    int m_windowMs = 1000;
    double m_tokens = 0;
    qint64 m_lastRefill = 0;
    qint64 m_pausedUntil = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::deque<Waiter> m_waiters;
    Stats m_stats;
    bool m_serving = false;
};

} // namespace dataarts
