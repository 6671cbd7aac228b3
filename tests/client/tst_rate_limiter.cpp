// The token bucket: a burst up to the capacity at once, then first come first served from a
// timer; a pause (429) holds everyone back; cancelled or destroyed waiters are skipped.
#include "client/RateLimiter.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void burstThenQueue();
    void fifoOrder();
    void pauseHoldsBack();
    void cancelAndDestroyedContext();
    void unlimited();
};

void TestRateLimiter::burstThenQueue()
{
    RateLimiter limiter(3, 300);
    QObject ctx;
    int served = 0;
    for (int i = 0; i < 6; ++i)
        limiter.acquire(&ctx, [&] { ++served; });
    QCOMPARE(served, 3); // the burst, synchronously
    QCOMPARE(limiter.queued(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(served, 6, 5000);
    const RateLimiter::Stats s = limiter.stats();
    QCOMPARE(s.acquired, 6);
    QCOMPARE(s.waited, 3);
    QVERIFY(s.totalWaitMs > 0);
}

void TestRateLimiter::fifoOrder()
{
    RateLimiter limiter(1, 50);
    QObject ctx;
    QList<int> order;
    for (int i = 0; i < 5; ++i)
        limiter.acquire(&ctx, [&order, i] { order << i; });
    // A newcomer while others wait queues behind them even if a token is free by then.
    QTest::qWait(60);
    limiter.acquire(&ctx, [&order] { order << 99; });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, 5000);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 99}));
}

void TestRateLimiter::pauseHoldsBack()
{
    RateLimiter limiter(100, 1000);
    QObject ctx;
    int served = 0;
    limiter.pause(200);
    QVERIFY(limiter.isPaused());
    limiter.acquire(&ctx, [&] { ++served; });
    limiter.acquire(&ctx, [&] { ++served; });
    QCOMPARE(served, 0);
    QTest::qWait(50);
    QCOMPARE(served, 0); // still paused
    QTRY_COMPARE_WITH_TIMEOUT(served, 2, 5000);
    QCOMPARE(limiter.stats().pauses, 1);
    limiter.noteThrottled();
    QCOMPARE(limiter.stats().throttled, 1);
}

void TestRateLimiter::cancelAndDestroyedContext()
{
    RateLimiter limiter(1, 100);
    QObject keep;
    auto *gone = new QObject;
    QObject cancelled;
    QStringList served;
    limiter.acquire(&keep, [&] { served << QStringLiteral("first"); });
    limiter.acquire(gone, [&] { served << QStringLiteral("gone"); });
    limiter.acquire(&cancelled, [&] { served << QStringLiteral("cancelled"); });
    limiter.acquire(&keep, [&] { served << QStringLiteral("last"); });
    delete gone;
    limiter.cancel(&cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(served.size(), 2, 5000);
    QTest::qWait(250);
    QCOMPARE(served, (QStringList{QStringLiteral("first"), QStringLiteral("last")}));
}

void TestRateLimiter::unlimited()
{
    RateLimiter limiter(0, 1000);
    QObject ctx;
    int served = 0;
    for (int i = 0; i < 1000; ++i)
        limiter.acquire(&ctx, [&] { ++served; });
    QCOMPARE(served, 1000);
    QCOMPARE(limiter.stats().waited, 0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
