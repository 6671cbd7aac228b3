// Faults on demand: 5xx before and after the change, resets before and after, truncated
// and malformed bodies, the HTML 502 page, slow bodies and latency on timers, the seeded
// random draws, the request log and the counters, and 250 connections at once.
#include "RawHttp.h"
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

using dataarts::QueryItems;
using dataarts::SignableRequest;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failBeforeLeavesStateAlone_data();
    void failBeforeLeavesStateAlone();
    void failAfterAppliesTheChange();
    void resetBeforeAndAfter();
    void truncatedBody();
    void malformedJson();
    void throttleOnDemand();
    void slowBodyArrivesInPieces();
    void latencyDoesNotBlockOtherRequests();
    void requestLogKeepsBodiesByteForByte();
    void statsCountEveryOutcome();
    void randomFaultsFollowTheSeed();
    void manyConnectionsAtOnce();

private:
    QJsonObject freshPair();
    QString freshTable();
    SignableRequest stop(const QJsonObject &pair);
    SignableRequest offline(const QString &id);
    int pairTransitions(const QJsonObject &pair);
    int entityTransitions(const QString &id);

    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("300"),
                              QStringLiteral("--apis"), QStringLiteral("100"),
                              QStringLiteral("--rate-limit"), QStringLiteral("off"),
                              QStringLiteral("--action-ms"), QStringLiteral("0")}};
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

QJsonObject TestSandboxFaults::freshPair()
{
    for (const QJsonValue &v : m_client->findPairs(
             QStringLiteral("status=PUBLISHED&apps=no&manager=sandbox_admin&limit=500"))) {
        if (v.toObject().value(QStringLiteral("transitions")).toInt() == 0)
            return v.toObject();
    }
    return {};
}

QString TestSandboxFaults::freshTable()
{
    for (const QJsonValue &v : m_client->findEntities(
             QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISHED&limit=100"))) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (entityTransitions(id) == 0)
            return id;
    }
    return {};
}

SignableRequest TestSandboxFaults::stop(const QJsonObject &pair)
{
    return m_client->prepare(
        "POST",
        m_client->ds(QStringLiteral("apis/%1/instances/%2/action")
                         .arg(pair.value(QStringLiteral("api_id")).toString(),
                              pair.value(QStringLiteral("instance_id")).toString())),
        {}, R"({"action":"STOP"})");
}

SignableRequest TestSandboxFaults::offline(const QString &id)
{
    const QByteArray body = "{\"biz_infos\":[{\"biz_id\":\"" + id.toLatin1() +
                            "\",\"biz_type\":\"TABLE_MODEL\"}],\"approver_user_id\":\"" +
                            m_sandbox.value(QStringLiteral("user_id")).toLatin1() +
                            "\",\"approver_user_name\":\"sandbox_admin\",\"fast_approval\":true}";
    return m_client->prepare("POST", m_client->arch(QStringLiteral("approvals/batch-offline")), {},
                             body);
}

int TestSandboxFaults::pairTransitions(const QJsonObject &pair)
{
    return m_client
        ->pair(pair.value(QStringLiteral("api_id")).toString(),
               pair.value(QStringLiteral("instance_id")).toString())
        .value(QStringLiteral("transitions"))
        .toInt();
}

int TestSandboxFaults::entityTransitions(const QString &id)
{
    return m_client->entity(id).value(QStringLiteral("transitions")).toInt();
}

void TestSandboxFaults::failBeforeLeavesStateAlone_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("503") << QStringLiteral("fail") << 503 << QByteArray("application/json");
    QTest::newRow("500") << QStringLiteral("fail-500") << 500 << QByteArray("application/json");
    QTest::newRow("html 502") << QStringLiteral("html") << 502 << QByteArray("text/html");
}

void TestSandboxFaults::failBeforeLeavesStateAlone()
{
    QFETCH(QString, mode);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    const QJsonObject pair = freshPair();
    m_client->queueFault(mode, QStringLiteral("/action$"));
    const RawExchange r = rawhttp::exchange(m_client->baseUrl(), stop(pair));
    QCOMPARE(r.status, status);
    QVERIFY(r.complete);
    QVERIFY(r.header("Content-Type").startsWith(contentType));
    if (mode == QLatin1String("html"))
        QVERIFY(r.body.contains("<html>"));
    else
        QVERIFY(!QJsonDocument::fromJson(r.body)
                     .object()
                     .value(QStringLiteral("error_code"))
                     .toString()
                     .isEmpty());
    QCOMPARE(pairTransitions(pair), 0);
    // The fault was used up: the same request now goes through, once.
    QCOMPARE(rawhttp::exchange(m_client->baseUrl(), stop(pair)).status, 204);
    QCOMPARE(pairTransitions(pair), 1);
}

void TestSandboxFaults::failAfterAppliesTheChange()
{
    const QString id = freshTable();
    m_client->queueFault(QStringLiteral("fail-after"), QStringLiteral("batch-offline"));
    const RawExchange r = rawhttp::exchange(m_client->baseUrl(), offline(id));
    QCOMPARE(r.status, 500);
    QCOMPARE(
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error_code")).toString(),
        QStringLiteral("DS.6000"));
    QCOMPARE(m_client->entity(id).value(QStringLiteral("status")).toString(),
             QStringLiteral("OFFLINE"));
    QCOMPARE(entityTransitions(id), 1);
}

void TestSandboxFaults::resetBeforeAndAfter()
{
    const QJsonObject before = freshPair();
    m_client->queueFault(QStringLiteral("reset"), QStringLiteral("/action$"));
    const RawExchange r1 = rawhttp::exchange(m_client->baseUrl(), stop(before));
    QVERIFY(r1.connected);
    QVERIFY(r1.received.isEmpty());
    QVERIFY(r1.closedByPeer);
    QCOMPARE(pairTransitions(before), 0);

    const QJsonObject after = freshPair();
    m_client->queueFault(QStringLiteral("reset-after"), QStringLiteral("/action$"));
    const RawExchange r2 = rawhttp::exchange(m_client->baseUrl(), stop(after));
    QVERIFY(r2.received.isEmpty());
    QVERIFY(r2.closedByPeer);
    QCOMPARE(pairTransitions(after), 1);
    QCOMPARE(m_client
                 ->pair(after.value(QStringLiteral("api_id")).toString(),
                        after.value(QStringLiteral("instance_id")).toString())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("API_STATUS_STOPPED"));
}

void TestSandboxFaults::truncatedBody()
{
    const QString id = freshTable();
    m_client->queueFault(QStringLiteral("truncate"), QStringLiteral("batch-offline"));
    const RawExchange r = rawhttp::exchange(m_client->baseUrl(), offline(id));
    QCOMPARE(r.status, 200);
    QVERIFY(r.declaredLength > 0);
    QVERIFY2(r.body.size() < r.declaredLength,
             qPrintable(QStringLiteral("%1 of %2").arg(r.body.size()).arg(r.declaredLength)));
    QVERIFY(!r.complete);
    QVERIFY(r.closedByPeer);
    QCOMPARE(entityTransitions(id), 1);
}

void TestSandboxFaults::malformedJson()
{
    const QString id = freshTable();
    m_client->queueFault(QStringLiteral("malformed"), QStringLiteral("batch-offline"));
    const RawExchange r = rawhttp::exchange(m_client->baseUrl(), offline(id));
    QCOMPARE(r.status, 200);
    QVERIFY(r.complete);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(entityTransitions(id), 1);
}

void TestSandboxFaults::throttleOnDemand()
{
    m_client->queueFault(QStringLiteral("throttle"), QStringLiteral("approvals/users"), 2);
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = m_client->get(m_client->arch(QStringLiteral("approvals/users")));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("APIGW.0308"));
        QVERIFY(r.header("Retry-After").toInt() >= 1);
    }
    QCOMPARE(m_client->get(m_client->arch(QStringLiteral("approvals/users"))).status, 200);
}

void TestSandboxFaults::slowBodyArrivesInPieces()
{
    m_client->queueFault(QStringLiteral("slow"), QStringLiteral("/service/apis$"), 1, 600);
    const RawExchange r =
        rawhttp::exchange(m_client->baseUrl(),
                          m_client->prepare("GET", m_client->ds(QStringLiteral("apis")), {}, {}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.complete);
    QVERIFY2(r.reads > 2, qPrintable(QString::number(r.reads)));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("total")).toInt(), 100);
}

void TestSandboxFaults::latencyDoesNotBlockOtherRequests()
{
    m_client->queueFault(QStringLiteral("latency"), QStringLiteral("/service/instances$"), 1, 3000);
    QNetworkReply *slow = m_client->start(
        m_client->prepare("GET", m_client->ds(QStringLiteral("instances")), {}, {}));
    QNetworkReply *quick = m_client->start(
        m_client->prepare("GET", m_client->arch(QStringLiteral("approvals/users")), {}, {}));
    QTRY_VERIFY_WITH_TIMEOUT(quick->isFinished(), 10000);
    QVERIFY(!slow->isFinished()); // the delayed one is still waiting on its timer
    QCOMPARE(SandboxClient::collect(quick).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
    QCOMPARE(SandboxClient::collect(slow).status, 200);
}

void TestSandboxFaults::requestLogKeepsBodiesByteForByte()
{
    const QByteArray body =
        "{ \"biz_infos\" : [ {\"biz_id\":\"123\", \"biz_type\":\"TABLE_MODEL\"} ],\n"
        "  \"approver_user_name\": \"审核人 ✓\", \"approver_user_id\":\"x\" }";
    const HttpResult r = m_client->post(m_client->arch(QStringLiteral("approvals/batch-offline")),
                                        body, {{QStringLiteral("trace"), QStringLiteral("a b&c")}});
    QCOMPARE(r.status, 400);
    const QJsonObject logged =
        m_client
            ->controlJson("GET", QStringLiteral("/__sandbox/requests?path=batch-offline&limit=1"))
            .value(QStringLiteral("requests"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(logged.value(QStringLiteral("body")).toString().toUtf8(), body);
    QCOMPARE(logged.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(logged.value(QStringLiteral("query")).toString(), QStringLiteral("trace=a%20b%26c"));
    QCOMPARE(logged.value(QStringLiteral("outcome")).toString(), QStringLiteral("400"));
    const QJsonObject headers = logged.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("workspace")).toString(), m_sandbox.workspace());
    QVERIFY(headers.contains(QStringLiteral("x-sdk-date")));
    QVERIFY(!headers.contains(QStringLiteral("authorization")));
    QCOMPARE(m_client->control("GET", QStringLiteral("/__sandbox/requests?path=(")).status, 400);
}

void TestSandboxFaults::statsCountEveryOutcome()
{
    const QJsonObject stats = m_client->stats();
    const QJsonObject byStatus = stats.value(QStringLiteral("requests"))
                                     .toObject()
                                     .value(QStringLiteral("by_status"))
                                     .toObject();
    for (const char *outcome :
         {"200", "204", "400", "429", "500", "502", "503", "reset", "truncated", "malformed"})
        QVERIFY2(byStatus.value(QString::fromLatin1(outcome)).toInt() >= 1, outcome);
    const QJsonObject byKind = stats.value(QStringLiteral("requests"))
                                   .toObject()
                                   .value(QStringLiteral("by_kind"))
                                   .toObject();
    QVERIFY(byKind.value(QStringLiteral("dataservice.action")).toInt() >= 6);
    QVERIFY(byKind.value(QStringLiteral("architecture.batch_offline")).toInt() >= 4);
    const QJsonObject injected = stats.value(QStringLiteral("faults")).toObject();
    QCOMPARE(injected.value(QStringLiteral("reset")).toInt(), 1);
    QCOMPARE(injected.value(QStringLiteral("reset-after")).toInt(), 1);
    QCOMPARE(m_client->controlJson("GET", QStringLiteral("/__sandbox/faults"))
                 .value(QStringLiteral("queued"))
                 .toArray()
                 .size(),
             0);
    // Bad fault requests are refused.
    QCOMPARE(m_client->control("POST", QStringLiteral("/__sandbox/faults"), R"({"mode":"explode"})")
                 .status,
             400);
    QCOMPARE(
        m_client->control("POST", QStringLiteral("/__sandbox/faults"), R"({"mode":"slow"})").status,
        400);
}

void TestSandboxFaults::randomFaultsFollowTheSeed()
{
    const auto run = [](const QString &seed) {
        SandboxProcess sandbox({QStringLiteral("--seed"),
                                seed,
                                QStringLiteral("--tables"),
                                QStringLiteral("20"),
                                QStringLiteral("--rate-limit"),
                                QStringLiteral("off"),
                                QStringLiteral("--fail-rate"),
                                QStringLiteral("0.2"),
                                QStringLiteral("--html-rate"),
                                QStringLiteral("0.1"),
                                QStringLiteral("--reset-rate"),
                                QStringLiteral("0.1"),
                                QStringLiteral("--fail-after-rate"),
                                QStringLiteral("0.1"),
                                QStringLiteral("--truncate-rate"),
                                QStringLiteral("0.1"),
                                QStringLiteral("--malformed-rate"),
                                QStringLiteral("0.1"),
                                QStringLiteral("--latency-ms"),
                                QStringLiteral("0:3")});
        QStringList outcomes;
        if (!sandbox.start())
            return outcomes;
        SandboxClient client(sandbox);
        for (int i = 0; i < 40; ++i) {
            const RawExchange r = rawhttp::exchange(
                client.baseUrl(),
                client.prepare("GET", client.arch(QStringLiteral("approvals/users")), {}, {}));
            QJsonParseError error{};
            QJsonDocument::fromJson(r.body, &error);
            outcomes.append(QStringLiteral("%1/%2/%3")
                                .arg(r.status)
                                .arg(r.complete)
                                .arg(error.error == QJsonParseError::NoError));
        }
        return outcomes;
    };
    const QStringList a = run(QStringLiteral("11"));
    QCOMPARE(a.size(), 40);
    QCOMPARE(run(QStringLiteral("11")), a);
    QVERIFY(run(QStringLiteral("12")) != a);
    QVERIFY(a.contains(QStringLiteral("200/1/1")));
    QVERIFY(a.filter(QRegularExpression(QStringLiteral("^(5\\d\\d|0)/"))).size() >= 3);
}

void TestSandboxFaults::manyConnectionsAtOnce()
{
    // 250 connections open at the same time, each waiting 300 ms on a timer.
    SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("off"),
                            QStringLiteral("--tables"), QStringLiteral("20"),
                            QStringLiteral("--latency-ms"), QStringLiteral("300:300")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    constexpr int n = 250;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<RawExchange> answers(n);
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        const QByteArray request = rawhttp::serialize(
            client.prepare("GET", client.arch(QStringLiteral("approvals/users")), {}, {}), true);
        connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
        connect(s, &QTcpSocket::readyRead, s, [s, &answers, &done, i] {
            RawExchange &a = answers[size_t(i)];
            const bool wasComplete = a.complete;
            a.received += s->readAll();
            rawhttp::parse(a);
            if (a.complete && !wasComplete)
                ++done;
        });
        s->connectToHost(client.baseUrl().host(), quint16(client.baseUrl().port()));
        sockets.push_back(std::move(socket));
    }
    QTRY_VERIFY_WITH_TIMEOUT(done == n, 60000);
    const qint64 elapsed = timer.elapsed();
    for (const RawExchange &a : answers)
        QCOMPARE(a.status, 200);
    int open = 0;
    for (const auto &s : sockets)
        open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    QCOMPARE(open, n); // keep-alive: all still connected
    // Served concurrently: far less than one after the other (n x 300 ms).
    QVERIFY2(elapsed < n * 300 / 4, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
