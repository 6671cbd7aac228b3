// DataService: the API list envelope and its filters, one API, the clusters valid for an
// action, publish info, the clusters, and the action rules: STOP / RECOVER / UNPUBLISH
// from the right statuses only, the reviewer rule, the two-day notice with authorized
// apps, and one action at a time per cluster.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QRegularExpression>
#include <QtTest>

using dataarts::QueryItems;

namespace {

QByteArray actionBody(const QString &action, const QString &time = QString())
{
    QJsonObject o{{QStringLiteral("action"), action}};
    if (!time.isEmpty())
        o.insert(QStringLiteral("time"), time);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxDataService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listEnvelope();
    void listFilters();
    void showOneApi();
    void instancesValidForAnAction();
    void publishInfoPerCluster();
    void clusters();
    void stopWithoutAppsIsImmediate();
    void recoverByReviewer();
    void unpublishFromStoppedRemovesAuthorizations();
    void illegalActionsAre4182_data();
    void illegalActionsAre4182();
    void unknownApiOrCluster();
    void bodyValidation();
    void appsAndFutureTimeWaitForTheTime_data();
    void appsAndFutureTimeWaitForTheTime();
    void appsWithoutFutureTimeChangeAtOnce();
    void onlyTheReviewerStopsOrUnpublishes();
    void oneActionAtATimePerCluster();

private:
    QJsonObject pair(const QString &query);
    HttpResult act(SandboxClient &client, const QJsonObject &pair, const QString &action,
                   const QString &time = QString());
    QString statusOf(const QJsonObject &pair);
    QString hoursFromNow(int hours) const;

    SandboxProcess m_sandbox{
        {QStringLiteral("--tables"), QStringLiteral("100"), QStringLiteral("--apis"),
         QStringLiteral("120"), QStringLiteral("--clusters"), QStringLiteral("3"),
         QStringLiteral("--rate-limit"), QStringLiteral("off"), QStringLiteral("--user"),
         QStringLiteral("wang_fang:WFAK:WFSK:approver")}};
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxDataService::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<SandboxClient>(m_sandbox);
}

QJsonObject TestSandboxDataService::pair(const QString &query)
{

    for (const QJsonValue &v : m_client->findPairs(query + QStringLiteral("&limit=500"))) {
        if (v.toObject().value(QStringLiteral("transitions")).toInt() == 0)
            return v.toObject();
    }
    return {};
}

HttpResult TestSandboxDataService::act(SandboxClient &client, const QJsonObject &p,
                                       const QString &action, const QString &time)
{

    return client.post(client.ds(QStringLiteral("apis/%1/instances/%2/action")
                                     .arg(p.value(QStringLiteral("api_id")).toString(),
                                          p.value(QStringLiteral("instance_id")).toString())),
                       actionBody(action, time));
}

QString TestSandboxDataService::hoursFromNow(int hours) const
{
    // The client's default: rounded up to the whole hour, UTC, milliseconds, on the
    // sandbox clock (which the tests move forward).
    QDateTime t = m_client->now().addSecs(qint64(hours) * 3600);
    t = QDateTime(t.date(), QTime(t.time().hour(), 0), Qt::UTC).addSecs(3600);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QString TestSandboxDataService::statusOf(const QJsonObject &p)
{
    return m_client
        ->pair(p.value(QStringLiteral("api_id")).toString(),
               p.value(QStringLiteral("instance_id")).toString())
        .value(QStringLiteral("status"))
        .toString();
}

void TestSandboxDataService::listEnvelope()
{
    const HttpResult r = m_client->get(m_client->ds(QStringLiteral("apis")));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QVERIFY(!body.contains(QStringLiteral("data")));
    QCOMPARE(body.value(QStringLiteral("total")).toInt(), 120);
    const QJsonArray records = body.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 10); // the documented default limit
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        QVERIFY(hex.match(o.value(QStringLiteral("id")).toString()).hasMatch());
        QVERIFY(!o.contains(QStringLiteral("publish_messages")));
        QVERIFY(!o.value(QStringLiteral("manager")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("type"))
                    .toString()
                    .startsWith(QLatin1String("API_SPECIFIC_TYPE_")));
        const qint64 created = o.value(QStringLiteral("create_time")).toInteger();
        QVERIFY(created > 1'000'000'000'000LL); // epoch ms
        QVERIFY(created <= previous);           // newest first
        previous = created;
    }
    m_client->setExtraHeader("x-return-publish-messages", "true");
    const HttpResult withMessages = m_client->get(
        m_client->ds(QStringLiteral("apis")), {{QStringLiteral("limit"), QStringLiteral("100")}});
    m_client->setExtraHeader("x-return-publish-messages", QByteArray());
    QSet<QString> statuses;
    for (const QJsonValue &v : withMessages.json().value(QStringLiteral("records")).toArray()) {
        const QJsonArray messages =
            v.toObject().value(QStringLiteral("publish_messages")).toArray();
        for (const QJsonValue &m : messages) {
            QCOMPARE(m.toObject().value(QStringLiteral("api_id")),
                     v.toObject().value(QStringLiteral("id")));
            statuses.insert(m.toObject().value(QStringLiteral("api_status")).toString());
            QVERIFY(!m.toObject().value(QStringLiteral("instance_name")).toString().isEmpty());
        }
    }
    for (const char *s :
         {"API_STATUS_PUBLISHED", "API_STATUS_STOPPED", "API_STATUS_OFFLINE",
          "API_STATUS_WAITING_STOP", "API_STATUS_WAITING_OFFLINE", "API_STATUS_RECOVER_WAIT_REVIEW",
          "API_STATUS_PUBLISH_WAIT_REVIEW", "API_STATUS_PUBLISH_REJECT"})
        QVERIFY2(statuses.contains(QString::fromLatin1(s)), s);
}

void TestSandboxDataService::listFilters()
{
    const QString path = m_client->ds(QStringLiteral("apis"));
    const int all = m_client->get(path).json().value(QStringLiteral("total")).toInt();
    const int published =
        m_client->get(path, {{QStringLiteral("publish_status"), QStringLiteral("PUBLISHED")}})
            .json()
            .value(QStringLiteral("total"))
            .toInt();
    const int notPublished =
        m_client->get(path, {{QStringLiteral("publish_status"), QStringLiteral("NOT_PUBLISHED")}})
            .json()
            .value(QStringLiteral("total"))
            .toInt();
    QCOMPARE(published + notPublished, all);
    QVERIFY(published > 0);

    const HttpResult scripts = m_client->get(
        path, {{QStringLiteral("api_type"), QStringLiteral("API_SPECIFIC_TYPE_SCRIPT")},
               {QStringLiteral("limit"), QStringLiteral("100")}});
    QVERIFY(scripts.json().value(QStringLiteral("total")).toInt() > 0);
    for (const QJsonValue &v : scripts.json().value(QStringLiteral("records")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("API_SPECIFIC_TYPE_SCRIPT"));
    const HttpResult bad =
        m_client->get(path, {{QStringLiteral("api_type"), QStringLiteral("SQL")}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("DLS.1000"));
    QVERIFY(bad.errorMessage().contains(QLatin1String("api_type")));

    const QString name = m_client->get(path)
                             .json()
                             .value(QStringLiteral("records"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    const HttpResult byName = m_client->get(path, {{QStringLiteral("name"), name}});
    QVERIFY(byName.json().value(QStringLiteral("total")).toInt() >= 1);
    QCOMPARE(byName.json()
                 .value(QStringLiteral("records"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             name);
    QCOMPARE(
        m_client->get(path, {{QStringLiteral("start_time"), QStringLiteral("2024-02-24")}}).status,
        400);
    QCOMPARE(
        m_client
            ->get(path, {{QStringLiteral("start_time"), QStringLiteral("2000-02-24T16:00:00.000Z")},
                         {QStringLiteral("end_time"), QStringLiteral("2100-02-24T16:00:00.000Z")}})
            .json()
            .value(QStringLiteral("total"))
            .toInt(),
        all);
}

void TestSandboxDataService::showOneApi()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED"));
    const HttpResult r = m_client->get(
        m_client->ds(QStringLiteral("apis/") + p.value(QStringLiteral("api_id")).toString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")), p.value(QStringLiteral("api_id")));
    QCOMPARE(r.json().value(QStringLiteral("manager")), p.value(QStringLiteral("manager")));
    QVERIFY(r.json().value(QStringLiteral("publish_messages")).isArray());
    const HttpResult missing =
        m_client->get(m_client->ds(QStringLiteral("apis/0123456789abcdef0123456789abcdef")));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("DLM.4018"));
}

void TestSandboxDataService::instancesValidForAnAction()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED"));
    const QString path = m_client->ds(
        QStringLiteral("apis/%1/instances").arg(p.value(QStringLiteral("api_id")).toString()));
    const HttpResult missing = m_client->get(path);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.errorMessage().contains(QLatin1String("action")));

    const HttpResult stop =
        m_client->get(path, {{QStringLiteral("action"), QStringLiteral("STOP")}});
    QCOMPARE(stop.status, 200);
    const QJsonArray valid = stop.json().value(QStringLiteral("instances")).toArray();
    QVERIFY(!valid.isEmpty());
    bool containsPair = false;
    for (const QJsonValue &v : valid) {
        QCOMPARE(v.toObject().value(QStringLiteral("result")).toBool(), true);
        QCOMPARE(v.toObject().value(QStringLiteral("api_status")).toString(),
                 QStringLiteral("API_STATUS_PUBLISHED"));
        containsPair = containsPair || v.toObject().value(QStringLiteral("instance_id")) ==
                                           p.value(QStringLiteral("instance_id"));
    }
    QVERIFY(containsPair);
    const HttpResult all =
        m_client->get(path, {{QStringLiteral("action"), QStringLiteral("RECOVER")},
                             {QStringLiteral("show_all"), QStringLiteral("true")}});
    const QJsonArray every = all.json().value(QStringLiteral("instances")).toArray();
    QCOMPARE(every.size(), 3);
    for (const QJsonValue &v : every) {
        const bool stopped = v.toObject().value(QStringLiteral("api_status")).toString() ==
                             QLatin1String("API_STATUS_STOPPED");
        QCOMPARE(v.toObject().value(QStringLiteral("result")).toBool(), stopped);
        if (!stopped)
            QVERIFY(!v.toObject().value(QStringLiteral("cause")).toString().isEmpty());
    }
}

void TestSandboxDataService::publishInfoPerCluster()
{
    const QJsonObject p = pair(QStringLiteral("status=STOPPED"));
    const HttpResult r = m_client->get(m_client->ds(
        QStringLiteral("apis/%1/publish-info").arg(p.value(QStringLiteral("api_id")).toString())));
    QCOMPARE(r.status, 200);
    const QJsonArray messages = r.json().value(QStringLiteral("publish_messages")).toArray();
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), messages.size());
    bool found = false;
    for (const QJsonValue &v : messages) {
        if (v.toObject().value(QStringLiteral("instance_id")) ==
            p.value(QStringLiteral("instance_id"))) {
            found = true;
            QCOMPARE(v.toObject().value(QStringLiteral("api_status")).toString(),
                     QStringLiteral("API_STATUS_STOPPED"));
        }
    }
    QVERIFY(found);
}

void TestSandboxDataService::clusters()
{
    const HttpResult r = m_client->get(m_client->ds(QStringLiteral("instances")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 3);
    const QJsonObject first =
        r.json().value(QStringLiteral("instances")).toArray().at(0).toObject();
    for (const char *key : {"id", "name", "intranet_address", "external_address", "instance_status",
                            "node_num", "current_namespace_publish_api_num", "api_publishable_num"})
        QVERIFY2(first.contains(QString::fromLatin1(key)), key);
}

void TestSandboxDataService::stopWithoutAppsIsImmediate()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED&apps=no&manager=sandbox_admin"));
    const HttpResult r = act(*m_client, p, QStringLiteral("STOP"), hoursFromNow(48));
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    const QJsonObject now = m_client->pair(p.value(QStringLiteral("api_id")).toString(),
                                           p.value(QStringLiteral("instance_id")).toString());
    QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("API_STATUS_STOPPED"));
    QCOMPARE(now.value(QStringLiteral("history")).toArray(),
             QJsonArray{QStringLiteral("API_STATUS_PUBLISHED->API_STATUS_STOPPED")});
}

void TestSandboxDataService::recoverByReviewer()
{
    const QJsonObject p = pair(QStringLiteral("status=STOPPED&manager=sandbox_admin"));
    QCOMPARE(act(*m_client, p, QStringLiteral("RECOVER"), hoursFromNow(48)).status, 204);
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_PUBLISHED"));
}

void TestSandboxDataService::unpublishFromStoppedRemovesAuthorizations()
{
    const QJsonObject p = pair(QStringLiteral("status=STOPPED&apps=yes&manager=sandbox_admin"));
    QVERIFY(!p.isEmpty());
    QCOMPARE(act(*m_client, p, QStringLiteral("UNPUBLISH")).status, 204); // no time: at once
    const QJsonObject now = m_client->pair(p.value(QStringLiteral("api_id")).toString(),
                                           p.value(QStringLiteral("instance_id")).toString());
    QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("API_STATUS_OFFLINE"));
    QVERIFY(now.value(QStringLiteral("apps")).toArray().isEmpty());
}

void TestSandboxDataService::illegalActionsAre4182_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("action");
    QTest::newRow("STOP from STOPPED") << QStringLiteral("STOPPED") << QStringLiteral("STOP");
    QTest::newRow("RECOVER from PUBLISHED")
        << QStringLiteral("PUBLISHED") << QStringLiteral("RECOVER");
    QTest::newRow("UNPUBLISH from OFFLINE")
        << QStringLiteral("OFFLINE") << QStringLiteral("UNPUBLISH");
    QTest::newRow("STOP from WAITING_STOP")
        << QStringLiteral("WAITING_STOP") << QStringLiteral("STOP");
    QTest::newRow("UNPUBLISH from WAITING_OFFLINE")
        << QStringLiteral("WAITING_OFFLINE") << QStringLiteral("UNPUBLISH");
    QTest::newRow("RECOVER from RECOVER_WAIT_REVIEW")
        << QStringLiteral("RECOVER_WAIT_REVIEW") << QStringLiteral("RECOVER");
    QTest::newRow("STOP on a cluster without it")
        << QStringLiteral("CREATED") << QStringLiteral("STOP");
}

void TestSandboxDataService::illegalActionsAre4182()
{
    QFETCH(QString, status);
    QFETCH(QString, action);
    const QJsonObject p = pair(QStringLiteral("status=%1&manager=sandbox_admin").arg(status));
    QVERIFY2(!p.isEmpty(), qPrintable(status));
    const HttpResult r = act(*m_client, p, action, hoursFromNow(48));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("DLM.4182"));
    QVERIFY(!r.errorMessage().isEmpty());
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_") + status);
}

void TestSandboxDataService::unknownApiOrCluster()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED"));
    QJsonObject badApi = p;
    badApi.insert(QStringLiteral("api_id"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    const HttpResult noApi = act(*m_client, badApi, QStringLiteral("STOP"));
    QCOMPARE(noApi.status, 400);
    QCOMPARE(noApi.errorCode(), QStringLiteral("DLM.4018"));
    QJsonObject badCluster = p;
    badCluster.insert(QStringLiteral("instance_id"),
                      QStringLiteral("0123456789abcdef0123456789abcdef"));
    const HttpResult noCluster = act(*m_client, badCluster, QStringLiteral("STOP"));
    QCOMPARE(noCluster.status, 400);
    QCOMPARE(noCluster.errorCode(), QStringLiteral("DLM.4215"));
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_PUBLISHED"));
}

void TestSandboxDataService::bodyValidation()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED&manager=sandbox_admin"));
    const QString path = m_client->ds(QStringLiteral("apis/%1/instances/%2/action")
                                          .arg(p.value(QStringLiteral("api_id")).toString(),
                                               p.value(QStringLiteral("instance_id")).toString()));
    struct Case {
        QByteArray body;
        QString field;
    };
    for (const Case &c :
         QList<Case>{{"{}", QStringLiteral("action")},
                     {R"({"action":"DELETE"})", QStringLiteral("action")},
                     {R"({"action":"STOP","time":"tomorrow"})", QStringLiteral("time")},
                     {R"({"action":"STOP","time":"2030-01-01 10:00:00"})", QStringLiteral("time")},
                     {"not json", QStringLiteral("JSON")}}) {
        const HttpResult r = m_client->post(path, c.body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("DLS.1000"));
        QVERIFY2(r.errorMessage().contains(c.field), qPrintable(r.errorMessage()));
    }
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_PUBLISHED"));
}

void TestSandboxDataService::appsAndFutureTimeWaitForTheTime_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<QString>("final");
    QTest::newRow("STOP") << QStringLiteral("STOP") << QStringLiteral("PUBLISHED")
                          << QStringLiteral("API_STATUS_WAITING_STOP")
                          << QStringLiteral("API_STATUS_STOPPED");
    QTest::newRow("UNPUBLISH") << QStringLiteral("UNPUBLISH") << QStringLiteral("PUBLISHED")
                               << QStringLiteral("API_STATUS_WAITING_OFFLINE")
                               << QStringLiteral("API_STATUS_OFFLINE");
    QTest::newRow("UNPUBLISH stopped")
        << QStringLiteral("UNPUBLISH") << QStringLiteral("STOPPED")
        << QStringLiteral("API_STATUS_WAITING_OFFLINE") << QStringLiteral("API_STATUS_OFFLINE");
}

void TestSandboxDataService::appsAndFutureTimeWaitForTheTime()
{
    QFETCH(QString, action);
    QFETCH(QString, from);
    QFETCH(QString, waiting);
    QFETCH(QString, final);
    const QJsonObject p =
        pair(QStringLiteral("status=%1&apps=yes&manager=sandbox_admin").arg(from));
    QVERIFY(!p.isEmpty());
    QCOMPARE(act(*m_client, p, action, hoursFromNow(48)).status, 204);
    QCOMPARE(statusOf(p), waiting);
    m_client->advance(47 * 3600);
    QCOMPARE(statusOf(p), waiting);
    m_client->advance(3 * 3600);
    const QJsonObject after = m_client->pair(p.value(QStringLiteral("api_id")).toString(),
                                             p.value(QStringLiteral("instance_id")).toString());
    QCOMPARE(after.value(QStringLiteral("status")).toString(), final);
    QCOMPARE(after.value(QStringLiteral("transitions")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("apps")).toArray().isEmpty(),
             action == QLatin1String("UNPUBLISH"));
}

void TestSandboxDataService::appsWithoutFutureTimeChangeAtOnce()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    const QString past = QDateTime::currentDateTimeUtc().addDays(-30).toString(
        QStringLiteral("yyyy-MM-ddTHH:00:00.000Z"));
    QCOMPARE(act(*m_client, p, QStringLiteral("STOP"), past).status, 204);
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_STOPPED"));
}

void TestSandboxDataService::onlyTheReviewerStopsOrUnpublishes()
{
    const QJsonObject p = pair(QStringLiteral("status=PUBLISHED&manager=wang_fang"));
    QVERIFY(!p.isEmpty());
    for (const QString &action : {QStringLiteral("STOP"), QStringLiteral("UNPUBLISH")}) {
        const HttpResult r = act(*m_client, p, action, hoursFromNow(48));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("DLM.4093"));
        QVERIFY2(r.errorMessage().contains(QLatin1String("wang_fang")),
                 qPrintable(r.errorMessage()));
    }
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_PUBLISHED"));
    SandboxClient reviewer(m_sandbox);
    reviewer.setCredentials(QStringLiteral("WFAK"), "WFSK");
    QCOMPARE(act(reviewer, p, QStringLiteral("STOP")).status, 204);
    QCOMPARE(statusOf(p), QStringLiteral("API_STATUS_STOPPED"));
}

void TestSandboxDataService::oneActionAtATimePerCluster()
{
    SandboxProcess sandbox({QStringLiteral("--action-ms"), QStringLiteral("1500"),
                            QStringLiteral("--apis"), QStringLiteral("60"),
                            QStringLiteral("--tables"), QStringLiteral("50"),
                            QStringLiteral("--rate-limit"), QStringLiteral("off")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    const QJsonArray pairs = client.findPairs(
        QStringLiteral("status=PUBLISHED&apps=no&manager=sandbox_admin&limit=500"));
    QJsonObject a;
    QJsonObject b;
    QJsonObject other;
    for (const QJsonValue &v : pairs) {
        const QJsonObject p = v.toObject();
        if (a.isEmpty()) {
            a = p;
        } else if (b.isEmpty() && p.value(QStringLiteral("instance_id")) ==
                                      a.value(QStringLiteral("instance_id"))) {
            b = p;
        } else if (other.isEmpty() && p.value(QStringLiteral("instance_id")) !=
                                          a.value(QStringLiteral("instance_id"))) {
            other = p;
        }
    }
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !other.isEmpty());
    const auto start = [&](const QJsonObject &p) {
        return client.start(
            client.prepare("POST",
                           client.ds(QStringLiteral("apis/%1/instances/%2/action")
                                         .arg(p.value(QStringLiteral("api_id")).toString(),
                                              p.value(QStringLiteral("instance_id")).toString())),
                           {}, actionBody(QStringLiteral("STOP"))));
    };
    QNetworkReply *first = start(a);
    QTRY_VERIFY(client
                    .pair(a.value(QStringLiteral("api_id")).toString(),
                          a.value(QStringLiteral("instance_id")).toString())
                    .value(QStringLiteral("status"))
                    .toString() == QLatin1String("API_STATUS_STOPPED"));
    QNetworkReply *second = start(b);        // same cluster, while the first is being processed
    QNetworkReply *elsewhere = start(other); // another cluster
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished() && elsewhere->isFinished(),
                             15000);
    const HttpResult r1 = SandboxClient::collect(first);
    const HttpResult r2 = SandboxClient::collect(second);
    const HttpResult r3 = SandboxClient::collect(elsewhere);
    QCOMPARE(r1.status, 204);
    QCOMPARE(r2.status, 400);
    QCOMPARE(r2.errorCode(), QStringLiteral("DLM.4095"));
    QVERIFY(r2.errorMessage().contains(QLatin1String("Operation in progress")));
    QCOMPARE(r3.status, 204);
    QCOMPARE(client
                 .pair(b.value(QStringLiteral("api_id")).toString(),
                       b.value(QStringLiteral("instance_id")).toString())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("API_STATUS_PUBLISHED"));
    // Once the first answer is out, the cluster takes the next one.
    QNetworkReply *next = start(b);
    QTRY_VERIFY_WITH_TIMEOUT(next->isFinished(), 15000);
    const HttpResult retry = SandboxClient::collect(next);
    QCOMPARE(retry.status, 204);
}

QTEST_GUILESS_MAIN(TestSandboxDataService)
#include "tst_sandbox_dataservice.moc"
