// The pager: offsets that are multiples of the limit, stops on a short page, on total, and
// before an offset at or past total (the review-center quirk), keeps delivered pages when a
// page fails, can be cancelled.
#include "FakeHttpServer.h"

#include "client/Pager.h"
#include "client/Session.h"
#include "client/jobs/ListApiActionInstancesJob.h"
#include "client/jobs/ListMessagesJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace dataarts;
using Reply = FakeHttpServer::Reply;

namespace {

ConnectionSettings settingsFor(const QUrl &url)
{
    ConnectionSettings s;
    s.endpoint = url;
    s.projectId = QStringLiteral("p1");
    s.workspace = QStringLiteral("ws1");
    s.akSk = {QStringLiteral("AK"), QByteArrayLiteral("SK"), {}};
    s.proxyMode = ProxyMode::None;
    return s;
}

int queryInt(const FakeHttpServer::Request &r, quint16 port, const char *key)
{
    return QUrlQuery(r.url(port)).queryItemValue(QString::fromLatin1(key)).toInt();
}

// A review-center list of `total` records that answers offset >= total with the first page.
Reply messagesPage(const FakeHttpServer::Request &r, quint16 port, int total)
{
    const int limit = queryInt(r, port, "limit");
    int offset = queryInt(r, port, "offset");
    if (offset >= total)
        offset = 0; // the documented quirk
    QByteArray records;
    for (int i = offset; i < qMin(total, offset + limit); ++i) {
        if (!records.isEmpty())
            records += ',';
        records += R"({"id":"m)" + QByteArray::number(i) +
                   R"(","api_apply_status":"STATUS_TYPE_PENDING_CHECK"})";
    }
    return Reply::json(R"({"total":)" + QByteArray::number(total) + R"(,"records":[)" + records +
                       "]}");
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void stopsOnShortPage();
    void stopsAtTotalDespiteQuirk();
    void noTotalStopsOnShortPage();
    void pageErrorKeepsDeliveredPages();
    void cancelStopsFurtherPages();
    void emptyListing();

private:
    std::unique_ptr<FakeHttpServer> m_server;
};

void TestPager::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
}

void TestPager::stopsOnShortPage()
{
    const quint16 port = m_server->port();
    m_server->setHandler(
        [port](const FakeHttpServer::Request &r) { return messagesPage(r, port, 7); });
    Session session(settingsFor(m_server->url()));
    Pager pager([&session] { return new ListMessagesJob(&session); });
    pager.setLimit(3);
    QStringList ids;
    QList<qint64> progress;
    connect(&pager, &Pager::pageReady, this, [&](ListJob *job) {
        for (const ApplyRecord &r : static_cast<ListMessagesJob *>(job)->result().records)
            ids << r.id;
    });
    connect(&pager, &Pager::progress, this, [&](qint64 loaded, qint64 total) {
        progress << loaded;
        QCOMPARE(total, 7);
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(pager.ok());
    QCOMPARE(ids.size(), 7);
    QCOMPARE(ids.first(), QStringLiteral("m0"));
    QCOMPARE(ids.last(), QStringLiteral("m6"));
    QCOMPARE(progress, (QList<qint64>{3, 6, 7}));
    QCOMPARE(m_server->requests().size(), 3);
    QList<int> offsets;
    for (const auto &r : m_server->requests()) {
        offsets << queryInt(r, port, "offset");
        QCOMPARE(queryInt(r, port, "limit"), 3);
    }
    QCOMPARE(offsets, (QList<int>{0, 3, 6}));
}

void TestPager::stopsAtTotalDespiteQuirk()
{
    // 6 records in pages of 3: a third request (offset 6) would return the first page again.
    const quint16 port = m_server->port();
    m_server->setHandler(
        [port](const FakeHttpServer::Request &r) { return messagesPage(r, port, 6); });
    Session session(settingsFor(m_server->url()));
    Pager pager([&session] { return new ListMessagesJob(&session); });
    pager.setLimit(3);
    QStringList ids;
    connect(&pager, &Pager::pageReady, this, [&](ListJob *job) {
        for (const ApplyRecord &r : static_cast<ListMessagesJob *>(job)->result().records)
            ids << r.id;
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(pager.ok());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(ids.size(), 6);
    QCOMPARE(ids.removeDuplicates(), 0);
    QCOMPARE(pager.loaded(), 6);
    QCOMPARE(pager.total(), 6);
}

void TestPager::noTotalStopsOnShortPage()
{
    m_server->enqueue(Reply::json(R"({"instances":[{"instance_id":"c1"},{"instance_id":"c2"}]})"));
    m_server->enqueue(Reply::json(R"({"instances":[{"instance_id":"c3"}]})"));
    Session session(settingsFor(m_server->url()));
    Pager pager([&session] {
        ListApiActionInstancesJob::Filter f;
        f.apiId = QStringLiteral("a1");
        f.action = QStringLiteral("STOP");
        return new ListApiActionInstancesJob(&session, f);
    });
    pager.setLimit(2);
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(pager.ok());
    QCOMPARE(pager.loaded(), 3);
    QCOMPARE(pager.total(), -1);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestPager::pageErrorKeepsDeliveredPages()
{
    const quint16 port = m_server->port();
    m_server->setHandler([port](const FakeHttpServer::Request &r) {
        if (queryInt(r, port, "offset") == 3)
            return Reply::json(R"({"error_code":"DLM.4001","error_msg":"workspace not found"})",
                               400);
        return messagesPage(r, port, 9);
    });
    Session session(settingsFor(m_server->url()));
    Pager pager([&session] { return new ListMessagesJob(&session); });
    pager.setLimit(3);
    int pages = 0;
    connect(&pager, &Pager::pageReady, this, [&](ListJob *) { ++pages; });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!pager.ok());
    QCOMPARE(pager.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(pager.error().code, QStringLiteral("DLM.4001"));
    QCOMPARE(pages, 1);
    QCOMPARE(pager.loaded(), 3);
}

void TestPager::cancelStopsFurtherPages()
{
    const quint16 port = m_server->port();
    m_server->setHandler(
        [port](const FakeHttpServer::Request &r) { return messagesPage(r, port, 30); });
    Session session(settingsFor(m_server->url()));
    Pager pager([&session] { return new ListMessagesJob(&session); });
    pager.setLimit(3);
    connect(&pager, &Pager::pageReady, this, [&](ListJob *) {
        if (pager.pages() == 2)
            pager.cancel();
    });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(pager.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(pager.loaded(), 6);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestPager::emptyListing()
{
    m_server->enqueue(Reply::json(R"({"total":0,"records":[]})"));
    Session session(settingsFor(m_server->url()));
    Pager pager([&session] { return new ListMessagesJob(&session); });
    QSignalSpy finished(&pager, &Pager::finished);
    pager.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(pager.ok());
    QCOMPARE(pager.loaded(), 0);
    QCOMPARE(pager.total(), 0);
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
