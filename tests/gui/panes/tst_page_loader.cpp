// PageLoader against a real dataarts-sandbox (250 tables): pages of the limit at offsets
// that are multiples of it, the stop rules, cancel and resume from the next page, a failed
// page asked for again on resume, reset, and a factory without a session.
#include "PaneSandbox.h"

#include "panes/common/PageLoader.h"

#include "client/jobs/ListAllTablesJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

const QString kTablesPath = QStringLiteral("/design/all-tables$");

} // namespace

class TestPageLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void stopsOnShortPage();
    void stopsAtTotalWithoutAskingPastIt();
    void cancelThenResumeGoesOnFromTheNextPage();
    void failedPageIsAskedForAgainOnResume();
    void startAgainAndResetForget();
    void noSessionFails();

private:
    QList<int> offsetsSinceMark();

    PaneSandbox m_sandbox{{QStringLiteral("--tables"), QStringLiteral("250")}};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PageLoader> m_loader;
    QStringList m_ids;
};

void TestPageLoader::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestPageLoader::init()
{
    m_session = m_sandbox.newSession();
    m_loader = std::make_unique<PageLoader>();
    Session *session = m_session.get();
    m_loader->setJobFactory([session] { return new ListAllTablesJob(session); });
    m_ids.clear();
    connect(m_loader.get(), &PageLoader::pageReady, this, [this](ListJob *job) {
        for (const AllTable &t : static_cast<ListAllTablesJob *>(job)->result().records)
            m_ids << t.id;
    });
    m_sandbox.markRequests(kTablesPath);
}

void TestPageLoader::cleanup()
{
    m_sandbox.clearFaults();
    m_loader.reset();
    m_session.reset();
}

QList<int> TestPageLoader::offsetsSinceMark()
{
    QList<int> offsets;
    for (const QUrlQuery &q : m_sandbox.requestsSinceMark(kTablesPath))
        offsets << q.queryItemValue(QStringLiteral("offset")).toInt();
    return offsets;
}

void TestPageLoader::stopsOnShortPage()
{
    QSignalSpy states(m_loader.get(), &PageLoader::stateChanged);
    QSignalSpy progress(m_loader.get(), &PageLoader::progress);
    m_loader->start();
    QCOMPARE(m_loader->state(), PageLoader::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Complete, 20000);
    QCOMPARE(m_loader->loaded(), 250);
    QCOMPARE(m_loader->total(), 250);
    QCOMPARE(m_loader->pages(), 3);
    QCOMPARE(m_ids.size(), 250);
    QCOMPARE(QSet<QString>(m_ids.cbegin(), m_ids.cend()).size(), 250);
    QCOMPARE(offsetsSinceMark(), (QList<int>{0, 100, 200}));
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.at(0).at(0).toLongLong(), 100);
    QCOMPARE(progress.at(0).at(1).toLongLong(), 250);
    QCOMPARE(states.count(), 2); // Loading, Complete
}

void TestPageLoader::stopsAtTotalWithoutAskingPastIt()
{
    m_loader->setLimit(50);
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Complete, 20000);
    QCOMPARE(m_loader->loaded(), 250);
    QCOMPARE(offsetsSinceMark(), (QList<int>{0, 50, 100, 150, 200}));
    for (const QUrlQuery &q : m_sandbox.requestsSinceMark(kTablesPath))
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
}

void TestPageLoader::cancelThenResumeGoesOnFromTheNextPage()
{
    connect(m_loader.get(), &PageLoader::pageReady, this, [this] {
        if (m_loader->pages() == 1)
            m_loader->cancel();
    });
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Cancelled, 20000);
    QCOMPARE(m_loader->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_loader->loaded(), 100);
    QCOMPARE(m_loader->nextOffset(), 100);
    QTest::qWait(50);
    QCOMPARE(offsetsSinceMark(), QList<int>{0});

    m_loader->resume();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Complete, 20000);
    QCOMPARE(m_loader->loaded(), 250);
    QCOMPARE(m_ids.size(), 250);
    QCOMPARE(QSet<QString>(m_ids.cbegin(), m_ids.cend()).size(), 250);
    QCOMPARE(offsetsSinceMark(), (QList<int>{0, 100, 200}));
    m_loader->resume(); // complete: nothing more
    QTest::qWait(50);
    QCOMPARE(offsetsSinceMark().size(), 3);
}

void TestPageLoader::failedPageIsAskedForAgainOnResume()
{
    connect(m_loader.get(), &PageLoader::pageReady, this, [this] {
        if (m_loader->pages() == 1)
            m_sandbox.queueFaults(QStringLiteral("fail"), kTablesPath, 2);
    });
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Failed, 20000);
    QCOMPARE(m_loader->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(m_loader->error().httpStatus, 503);
    QCOMPARE(m_loader->loaded(), 100);
    QCOMPARE(m_ids.size(), 100);

    m_loader->resume();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Complete, 20000);
    QCOMPARE(m_ids.size(), 250);
    QCOMPARE(QSet<QString>(m_ids.cbegin(), m_ids.cend()).size(), 250);
    // The failed page: its attempt, the session's one retry, and the resume.
    QCOMPARE(offsetsSinceMark(), (QList<int>{0, 100, 100, 100, 200}));
}

void TestPageLoader::startAgainAndResetForget()
{
    // start() from a slot restarts the walk from the first page.
    bool restarted = false;
    connect(m_loader.get(), &PageLoader::pageReady, this, [this, &restarted] {
        if (m_loader->pages() == 2 && !restarted) {
            restarted = true;
            m_ids.clear();
            m_loader->start();
        }
    });
    m_loader->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_loader->state(), PageLoader::State::Complete, 20000);
    QVERIFY(restarted);
    QCOMPARE(m_ids.size(), 250);
    QCOMPARE(offsetsSinceMark(), (QList<int>{0, 100, 0, 100, 200}));

    m_loader->start();
    m_loader->reset();
    QCOMPARE(m_loader->state(), PageLoader::State::Idle);
    QCOMPARE(m_loader->loaded(), 0);
    QCOMPARE(m_loader->total(), -1);
    QTest::qWait(100);
    QCOMPARE(m_loader->state(), PageLoader::State::Idle); // the aborted page never lands
}

void TestPageLoader::noSessionFails()
{
    PageLoader loader;
    loader.setJobFactory([]() -> ListJob * { return nullptr; });
    loader.start();
    QCOMPARE(loader.state(), PageLoader::State::Failed);
    QCOMPARE(loader.error().kind, ApiError::Kind::InvalidInput);
    QVERIFY(!loader.error().message().isEmpty());
}

QTEST_MAIN(TestPageLoader)
#include "tst_page_loader.moc"
