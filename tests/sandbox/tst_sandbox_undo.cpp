// The inverse calls and the follow-up of deferred effects (issue 23, dataarts-api.md
// sections 7.3 and 7.4): publishing an API to a cluster again (by its reviewer, by someone
// else, refused states), authorizing apps and its effect on the authorized-apps list,
// STOP then RECOVER and UNPUBLISH then publish + authorize restoring the apps, batch
// offline then batch publish, and the clock moving WAITING pairs to their final state with
// the sandbox time of every transition.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QSet>
#include <QtTest>

#include <map>

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

class TestSandboxUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishByReviewer();
    void publishByNonReviewerWaitsForReview();
    void publishRefused();
    void authorizeAddsApps();
    void authorizeRefused();
    void authorizeAction();
    void stopThenRecoverKeepsTheApps();
    void unpublishThenPublishAndAuthorizeRestoresTheApps();
    void batchOfflineThenBatchPublish();
    void batchPublishInvertsBatchOfflineForEveryKind();
    void clockAdvanceMovesWaitingPairs();
    void confirmationsEndTheWaitEarly();

private:
    SandboxClient &as(const QString &user);
    SandboxClient &admin() { return as(L("sandbox_admin")); }
    QJsonObject pickPair(const QString &query);
    QJsonObject refresh(const QJsonObject &pair);
    static QString apiOf(const QJsonObject &pair) { return pair.value(L("api_id")).toString(); }
    static QString instOf(const QJsonObject &pair)
    {
        return pair.value(L("instance_id")).toString();
    }
    HttpResult publish(const QString &user, const QJsonObject &pair, const QByteArray &body = "{}");
    HttpResult authorize(const QString &user, const QJsonObject &pair, const QStringList &apps,
                         const QString &time);
    HttpResult act(const QJsonObject &pair, const QString &action, const QString &time = {});
    // The authorized-apps records of the pair's cluster, by app id.
    std::map<QString, QJsonObject> authorized(const QJsonObject &pair);
    QStringList appIds();
    void advance(qint64 seconds);

    SandboxProcess m_sandbox{
        {L("--tables"), L("60"), L("--apis"), L("150"), L("--rate-limit"), L("off"), L("--user"),
         L("zhao_lei:ZLAK:ZLSK:developer"), L("--user"), L("chen_jing:CJAK:CJSK:developer"),
         L("--user"), L("liu_yang:LYAK:LYSK:developer"), L("--user"),
         L("wang_fang:WFAK:WFSK:approver"), L("--user"), L("li_na:LNAK:LNSK:approver")}};
    std::map<QString, std::unique_ptr<SandboxClient>> m_clients;
    QSet<QString> m_used; // pairs a test already changed
};

void TestSandboxUndo::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const QList<QPair<QString, QPair<QString, QByteArray>>> keys = {
        {L("sandbox_admin"), {m_sandbox.accessKey(), m_sandbox.secretKey()}},
        {L("zhao_lei"), {L("ZLAK"), "ZLSK"}},
        {L("chen_jing"), {L("CJAK"), "CJSK"}},
        {L("liu_yang"), {L("LYAK"), "LYSK"}},
        {L("wang_fang"), {L("WFAK"), "WFSK"}},
        {L("li_na"), {L("LNAK"), "LNSK"}},
    };
    for (const auto &k : keys) {
        auto client = std::make_unique<SandboxClient>(m_sandbox);
        client->setCredentials(k.second.first, k.second.second);
        m_clients[k.first] = std::move(client);
    }
}

SandboxClient &TestSandboxUndo::as(const QString &user)
{
    return *m_clients.at(user);
}

void TestSandboxUndo::advance(qint64 seconds)
{
    admin().advance(seconds);
    for (auto &c : m_clients)
        c.second->syncClock();
}

QJsonObject TestSandboxUndo::pickPair(const QString &query)
{
    for (const QJsonValue &v : admin().findPairs(query + L("&limit=1000"))) {
        const QJsonObject p = v.toObject();
        const QString key = apiOf(p) + QLatin1Char('/') + instOf(p);
        if (p.value(L("transitions")).toInt() == 0 && !m_used.contains(key)) {
            m_used.insert(key);
            return p;
        }
    }
    return {};
}

QJsonObject TestSandboxUndo::refresh(const QJsonObject &pair)
{
    return admin().pair(apiOf(pair), instOf(pair));
}

HttpResult TestSandboxUndo::publish(const QString &user, const QJsonObject &pair,
                                    const QByteArray &body)
{
    SandboxClient &c = as(user);
    return c.post(c.ds(L("apis/%1/instances/%2/publish").arg(apiOf(pair), instOf(pair))), body);
}

HttpResult TestSandboxUndo::authorize(const QString &user, const QJsonObject &pair,
                                      const QStringList &apps, const QString &time)
{
    QJsonObject body{{L("app_ids"), QJsonArray::fromStringList(apps)}};
    if (!time.isEmpty())
        body.insert(L("time"), time);
    SandboxClient &c = as(user);
    return c.post(c.ds(L("apis/%1/instances/%2/authorize").arg(apiOf(pair), instOf(pair))),
                  compact(body));
}

HttpResult TestSandboxUndo::act(const QJsonObject &pair, const QString &action, const QString &time)
{
    QJsonObject body{{L("action"), action}};
    if (!time.isEmpty())
        body.insert(L("time"), time);
    return admin().post(admin().ds(L("apis/%1/instances/%2/action").arg(apiOf(pair), instOf(pair))),
                        compact(body));
}

std::map<QString, QJsonObject> TestSandboxUndo::authorized(const QJsonObject &pair)
{
    std::map<QString, QJsonObject> out;
    const HttpResult r =
        admin().get(admin().ds(L("authorize/apis/") + apiOf(pair)), {{L("limit"), L("100")}});
    if (r.status != 200)
        return out;
    for (const QJsonValue &v : r.json().value(L("records")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(L("instance_id")).toString() == instOf(pair))
            out[o.value(L("app_id")).toString()] = o;
    }
    return out;
}

QStringList TestSandboxUndo::appIds()
{
    QStringList ids;
    for (const QJsonValue &v : admin().findPairs(L("apps=yes&limit=1000"))) {
        for (const QJsonValue &a : v.toObject().value(L("apps")).toArray()) {
            const QString id = a.toObject().value(L("id")).toString();
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    ids.sort();
    return ids;
}

void TestSandboxUndo::publishByReviewer()
{
    const QJsonObject offline = pickPair(L("status=OFFLINE&manager=sandbox_admin"));
    QVERIFY(!offline.isEmpty());
    const qint64 before =
        admin().controlJson("GET", L("/__sandbox/time")).value(L("now_ms")).toInteger();
    const HttpResult r = publish(L("sandbox_admin"), offline);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    const QJsonObject after = refresh(offline);
    QCOMPARE(after.value(L("status")).toString(), L("API_STATUS_PUBLISHED"));
    QCOMPARE(strings(after.value(L("history")).toArray()),
             QStringList{L("API_STATUS_OFFLINE->API_STATUS_PUBLISHED")});
    // The time of the transition, in both forms, parallel to the history.
    const QJsonArray timesMs = after.value(L("history_times_ms")).toArray();
    QCOMPARE(timesMs.size(), 1);
    QVERIFY(timesMs.at(0).toInteger() >= before);
    QCOMPARE(after.value(L("history_times")).toArray().at(0).toString(),
             iso(timesMs.at(0).toInteger()));

    // publish-info and ListInstanceList show it.
    const HttpResult info = admin().get(admin().ds(L("apis/%1/publish-info").arg(apiOf(offline))));
    bool seen = false;
    for (const QJsonValue &v : info.json().value(L("publish_messages")).toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(L("instance_id")).toString() == instOf(offline)) {
            seen = true;
            QCOMPARE(m.value(L("api_status")).toString(), L("API_STATUS_PUBLISHED"));
        }
    }
    QVERIFY(seen);

    // A never-published (CREATED) pair, without a body at all: it appears in publish-info.
    const QJsonObject created = pickPair(L("status=CREATED&manager=sandbox_admin"));
    QVERIFY(!created.isEmpty());
    const auto countIn = [&](const QJsonObject &pair) {
        int n = 0;
        for (const QJsonValue &v : admin()
                                       .get(admin().ds(L("apis/%1/publish-info").arg(apiOf(pair))))
                                       .json()
                                       .value(L("publish_messages"))
                                       .toArray())
            n += v.toObject().value(L("instance_id")).toString() == instOf(pair) ? 1 : 0;
        return n;
    };
    QCOMPARE(countIn(created), 0);
    QCOMPARE(publish(L("sandbox_admin"), created, QByteArray()).status, 204);
    QCOMPARE(refresh(created).value(L("status")).toString(), L("API_STATUS_PUBLISHED"));
    QCOMPARE(countIn(created), 1);
    const HttpResult list = admin().get(admin().ds(L("apis/%1/instances").arg(apiOf(created))),
                                        {{L("action"), L("STOP")}, {L("show_all"), L("true")}});
    bool listed = false;
    for (const QJsonValue &v : list.json().value(L("instances")).toArray()) {
        if (v.toObject().value(L("instance_id")).toString() == instOf(created)) {
            listed = true;
            QCOMPARE(v.toObject().value(L("api_status")).toString(), L("API_STATUS_PUBLISHED"));
            QVERIFY(v.toObject().value(L("result")).toBool());
        }
    }
    QVERIFY(listed);

    // A GatewayDto body is accepted (types only checked).
    const QJsonObject another = pickPair(L("status=OFFLINE&manager=sandbox_admin"));
    QVERIFY(!another.isEmpty());
    QCOMPARE(publish(L("sandbox_admin"), another,
                     compact({{L("apig_type"), L("APIG")}, {L("apig_instance_id"), L("x")}}))
                 .status,
             204);

    const QJsonObject stats = admin().stats();
    QVERIFY(stats.value(L("requests"))
                .toObject()
                .value(L("by_kind"))
                .toObject()
                .value(L("dataservice.publish"))
                .toInt() >= 3);
    const QJsonObject pairStats = stats.value(L("pairs"))
                                      .toObject()
                                      .value(apiOf(offline) + QLatin1Char('/') + instOf(offline))
                                      .toObject();
    QCOMPARE(pairStats.value(L("transitions")).toInt(), 1);
    QCOMPARE(pairStats.value(L("history_times_ms")).toArray(), timesMs);
}

void TestSandboxUndo::publishByNonReviewerWaitsForReview()
{
    const QJsonObject pair = pickPair(L("status=OFFLINE&manager=wang_fang"));
    QVERIFY(!pair.isEmpty());
    QCOMPARE(publish(L("sandbox_admin"), pair).status, 204);
    QJsonObject now = refresh(pair);
    QCOMPARE(now.value(L("status")).toString(), L("API_STATUS_PUBLISH_WAIT_REVIEW"));
    const QJsonObject pending = now.value(L("pending")).toObject();
    QCOMPARE(pending.value(L("action")).toString(), L("PUBLISH"));
    QCOMPARE(pending.value(L("requested_by")).toString(), L("sandbox_admin"));
    const QJsonObject application = pending.value(L("records")).toArray().at(0).toObject();
    QCOMPARE(application.value(L("kind")).toString(), L("application"));
    QCOMPARE(application.value(L("type")).toString(), L("APPLY_TYPE_PUBLISH"));
    QCOMPARE(application.value(L("receiver")).toString(), L("wang_fang"));

    // Pending review: publishing again is refused.
    const HttpResult again = publish(L("sandbox_admin"), pair);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), L("DLM.4182"));

    // The reviewer approves: PUBLISHED.
    SandboxClient &reviewer = as(L("wang_fang"));
    const QByteArray approve =
        compact({{L("apply_result"), true},
                 {L("apply_ids"), QJsonArray{application.value(L("id")).toString()}}});
    QCOMPARE(reviewer.post(reviewer.ds(L("applys")), approve).status, 204);
    now = refresh(pair);
    QCOMPARE(now.value(L("status")).toString(), L("API_STATUS_PUBLISHED"));
    QCOMPARE(strings(now.value(L("history")).toArray()),
             (QStringList{L("API_STATUS_OFFLINE->API_STATUS_PUBLISH_WAIT_REVIEW"),
                          L("API_STATUS_PUBLISH_WAIT_REVIEW->API_STATUS_PUBLISHED")}));
    QCOMPARE(now.value(L("history_times")).toArray().size(), 2);

    // A developer's publish of a CREATED pair waits too; the reviewer may reject it.
    const QJsonObject created = pickPair(L("status=CREATED&manager=sandbox_admin"));
    QVERIFY(!created.isEmpty());
    QCOMPARE(publish(L("zhao_lei"), created).status, 204);
    const QString id = refresh(created)
                           .value(L("pending"))
                           .toObject()
                           .value(L("records"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(L("id"))
                           .toString();
    QCOMPARE(admin()
                 .post(admin().ds(L("applys")),
                       compact({{L("apply_result"), false}, {L("apply_ids"), QJsonArray{id}}}))
                 .status,
             204);
    QCOMPARE(refresh(created).value(L("status")).toString(), L("API_STATUS_PUBLISH_REJECT"));
    // From PUBLISH_REJECT the reviewer may publish it.
    QCOMPARE(publish(L("sandbox_admin"), created).status, 204);
    QCOMPARE(refresh(created).value(L("status")).toString(), L("API_STATUS_PUBLISHED"));
}

void TestSandboxUndo::publishRefused()
{
    for (const char *status : {"PUBLISHED", "PUBLISH_WAIT_REVIEW", "STOPPED", "WAITING_STOP",
                               "WAITING_OFFLINE", "RECOVER_WAIT_REVIEW"}) {
        const QJsonObject pair = pickPair(L("status=") + L(status) + L("&manager=sandbox_admin"));
        QVERIFY2(!pair.isEmpty(), status);
        const HttpResult r = publish(L("sandbox_admin"), pair);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), L("DLM.4182"));
        QVERIFY(r.errorMessage().contains(L("API_STATUS_") + L(status)));
        QCOMPARE(refresh(pair).value(L("transitions")).toInt(), 0);
    }
    const QJsonObject pair = pickPair(L("status=OFFLINE&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    QJsonObject unknownApi = pair;
    unknownApi.insert(L("api_id"), L("0123456789abcdef0123456789abcdef"));
    HttpResult r = publish(L("sandbox_admin"), unknownApi);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLM.4018"));
    QJsonObject unknownCluster = pair;
    unknownCluster.insert(L("instance_id"), L("nosuchcluster"));
    r = publish(L("sandbox_admin"), unknownCluster);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLM.4215"));
    r = publish(L("sandbox_admin"), pair, compact({{L("apig_type"), L("NGINX")}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLS.1000"));
    QVERIFY(r.errorMessage().contains(L("apig_type")));
    r = publish(L("sandbox_admin"), pair, "[1,2");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLS.1000"));
    QCOMPARE(refresh(pair).value(L("transitions")).toInt(), 0);

    // One action per cluster at a time: publish and action share the cluster.
    SandboxProcess slow({L("--tables"), L("30"), L("--apis"), L("40"), L("--action-ms"), L("600"),
                         L("--rate-limit"), L("off")});
    QVERIFY(slow.start());
    SandboxClient client(slow);
    QJsonObject first;
    QJsonObject second;
    for (const QJsonValue &v :
         client.findPairs(L("status=OFFLINE&manager=sandbox_admin&limit=1000"))) {
        const QJsonObject p = v.toObject();
        if (first.isEmpty())
            first = p;
        else if (second.isEmpty() && instOf(p) == instOf(first))
            second = p;
    }
    QVERIFY(!second.isEmpty());
    QNetworkReply *inFlight = client.start(client.prepare(
        "POST", client.ds(L("apis/%1/instances/%2/publish").arg(apiOf(first), instOf(first))), {},
        "{}"));
    QTest::qWait(150);
    const HttpResult busy = client.post(
        client.ds(L("apis/%1/instances/%2/publish").arg(apiOf(second), instOf(second))), "{}");
    QCOMPARE(busy.status, 400);
    QCOMPARE(busy.errorCode(), L("DLM.4095"));
    QTRY_VERIFY_WITH_TIMEOUT(inFlight->isFinished(), 5000);
    QCOMPARE(SandboxClient::collect(inFlight).status, 204);
}

void TestSandboxUndo::authorizeAddsApps()
{
    const QJsonObject pair = pickPair(L("status=PUBLISHED&apps=no&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    const QStringList apps = appIds();
    QVERIFY(apps.size() >= 3);
    const qint64 now = admin().now().toMSecsSinceEpoch();
    const qint64 until = (now / 1000 + 30 * 86400) * 1000 + 250; // with milliseconds
    QCOMPARE(authorize(L("sandbox_admin"), pair, {apps[0], apps[1], apps[0]}, iso(until)).status,
             204);
    std::map<QString, QJsonObject> listed = authorized(pair);
    QCOMPARE(int(listed.size()), 2);
    for (const QString &id : {apps[0], apps[1]}) {
        const QJsonObject o = listed[id];
        QCOMPARE(o.value(L("api_using_time")).toInteger(), until);
        QCOMPARE(o.value(L("relationship_type")).toString(), L("LINKED"));
        QCOMPARE(o.value(L("static_params")).toArray().size(), 0);
        QVERIFY(qAbs(o.value(L("approval_time")).toInteger() - now) < 60000);
    }
    QCOMPARE(refresh(pair).value(L("apps")).toArray().size(), 2);

    // Re-authorizing never shortens; a later time extends.
    QCOMPARE(authorize(L("sandbox_admin"), pair, {apps[0]}, iso(until - 86400000)).status, 204);
    QCOMPARE(authorized(pair)[apps[0]].value(L("api_using_time")).toInteger(), until);
    QCOMPARE(authorize(L("sandbox_admin"), pair, {apps[0]}, iso(until + 86400000)).status, 204);
    QCOMPARE(authorized(pair)[apps[0]].value(L("api_using_time")).toInteger(), until + 86400000);
    QCOMPARE(authorized(pair)[apps[1]].value(L("api_using_time")).toInteger(), until);

    // Without a time: now + 48 h rounded up to the hour.
    QCOMPARE(authorize(L("sandbox_admin"), pair, {apps[2]}, QString()).status, 204);
    const qint64 t = authorized(pair)[apps[2]].value(L("api_using_time")).toInteger();
    QCOMPARE(t % 3600000, 0);
    QVERIFY(t >= now + 48 * 3600000LL - 60000 && t <= now + 49 * 3600000LL + 60000);

    // ListInstanceList AUTHORIZE: no longer allowed for an app already authorized.
    const HttpResult list = admin().get(
        admin().ds(L("apis/%1/instances").arg(apiOf(pair))),
        {{L("action"), L("AUTHORIZE")}, {L("app_id"), apps[0]}, {L("show_all"), L("true")}});
    for (const QJsonValue &v : list.json().value(L("instances")).toArray()) {
        if (v.toObject().value(L("instance_id")).toString() == instOf(pair))
            QVERIFY(!v.toObject().value(L("result")).toBool());
    }
    QVERIFY(admin()
                .stats()
                .value(L("requests"))
                .toObject()
                .value(L("by_kind"))
                .toObject()
                .value(L("dataservice.authorize"))
                .toInt() >= 4);
}

void TestSandboxUndo::authorizeRefused()
{
    const QJsonObject pair = pickPair(L("status=PUBLISHED&apps=no&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    const QStringList apps = appIds();
    const QString later = iso(admin().now().toMSecsSinceEpoch() + 10 * 86400000LL);

    HttpResult r =
        authorize(L("sandbox_admin"), pair, {apps[0], L("nosuchapp1"), L("nosuchapp2")}, later);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLM.4063"));
    QVERIFY(r.errorMessage().contains(L("nosuchapp1")));
    QVERIFY(r.errorMessage().contains(L("nosuchapp2")));
    QVERIFY(authorized(pair).empty()); // all or nothing

    r = authorize(L("sandbox_admin"), pair, {apps[0]},
                  iso(admin().now().toMSecsSinceEpoch() - 3600000));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLS.1000"));
    QVERIFY(r.errorMessage().contains(L("time")));
    r = authorize(L("sandbox_admin"), pair, {apps[0]}, L("next week"));
    QCOMPARE(r.errorCode(), L("DLS.1000"));
    r = authorize(L("sandbox_admin"), pair, {}, later);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(L("app_ids")));
    r = authorize(L("zhao_lei"), pair, {apps[0]}, later);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLM.4093"));

    for (const char *status : {"STOPPED", "OFFLINE", "CREATED", "WAITING_STOP"}) {
        const QJsonObject other = pickPair(L("status=") + L(status));
        QVERIFY2(!other.isEmpty(), status);
        r = authorize(L("sandbox_admin"), other, {apps[0]}, later);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), L("DLM.4182"));
    }
    QVERIFY(authorized(pair).empty());
}

void TestSandboxUndo::authorizeAction()
{
    const QJsonObject pair = pickPair(L("status=PUBLISHED&apps=no&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    const QStringList apps = appIds();
    const qint64 until = admin().now().toMSecsSinceEpoch() / 1000 * 1000 + 20 * 86400000LL;
    const auto action = [&](const QString &type, const QString &app, qint64 time) {
        QJsonObject body{{L("api_id"), apiOf(pair)},
                         {L("instance_id"), instOf(pair)},
                         {L("app_id"), app},
                         {L("apply_type"), type}};
        if (time > 0)
            body.insert(L("time"), iso(time));
        return admin().post(admin().ds(L("apis/authorize/action")), compact(body));
    };
    QCOMPARE(action(L("APPLY_TYPE_AUTHORIZE"), apps[0], until).status, 204);
    QCOMPARE(authorized(pair)[apps[0]].value(L("api_using_time")).toInteger(), until);
    QCOMPARE(action(L("APPLY_TYPE_RENEW"), apps[0], until + 86400000).status, 204);
    QCOMPARE(authorized(pair)[apps[0]].value(L("api_using_time")).toInteger(), until + 86400000);
    HttpResult r = action(L("APPLY_TYPE_RENEW"), apps[1], until);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), L("DLM.4182"));
    for (const char *type : {"APPLY_TYPE_APPLY", "APPLY_TYPE_API_CANCEL_AUTHORIZE", "DELETE"}) {
        r = action(L(type), apps[0], until);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), L("DLS.1000"));
        QVERIFY(r.errorMessage().contains(L("apply_type")));
    }
    QCOMPARE(action(L("APPLY_TYPE_APP_CANCEL_AUTHORIZE"), apps[0], 0).status, 204);
    QVERIFY(authorized(pair).empty());
    r = action(L("APPLY_TYPE_AUTHORIZE"), L("nosuchapp"), until);
    QCOMPARE(r.errorCode(), L("DLM.4063"));
}

void TestSandboxUndo::stopThenRecoverKeepsTheApps()
{
    const QJsonObject pair = pickPair(L("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    const std::map<QString, QJsonObject> before = authorized(pair);
    QVERIFY(!before.empty());
    QCOMPARE(act(pair, L("STOP")).status, 204);
    QCOMPARE(refresh(pair).value(L("status")).toString(), L("API_STATUS_STOPPED"));
    QCOMPARE(authorized(pair), before); // STOP keeps the authorizations
    QCOMPARE(act(pair, L("RECOVER")).status, 204);
    const QJsonObject now = refresh(pair);
    QCOMPARE(now.value(L("status")).toString(), L("API_STATUS_PUBLISHED"));
    QCOMPARE(strings(now.value(L("history")).toArray()),
             (QStringList{L("API_STATUS_PUBLISHED->API_STATUS_STOPPED"),
                          L("API_STATUS_STOPPED->API_STATUS_PUBLISHED")}));
    const QJsonArray times = now.value(L("history_times_ms")).toArray();
    QCOMPARE(times.size(), 2);
    QVERIFY(times.at(0).toInteger() <= times.at(1).toInteger());
    QCOMPARE(authorized(pair), before);
}

void TestSandboxUndo::unpublishThenPublishAndAuthorizeRestoresTheApps()
{
    // A pair whose apps all have a future expiry, one of them with a static parameter.
    QJsonObject pair;
    std::map<QString, QJsonObject> before;
    const qint64 now = admin().now().toMSecsSinceEpoch();
    for (const QJsonValue &v :
         admin().findPairs(L("status=PUBLISHED&apps=yes&manager=sandbox_admin&limit=1000"))) {
        const QJsonObject p = v.toObject();
        const QString key = apiOf(p) + QLatin1Char('/') + instOf(p);
        if (m_used.contains(key) || p.value(L("transitions")).toInt() != 0)
            continue;
        const std::map<QString, QJsonObject> apps = authorized(p);
        bool future = true;
        bool withParams = false;
        for (const auto &a : apps) {
            future = future && a.second.value(L("api_using_time")).toInteger() > now + 86400000;
            withParams = withParams || !a.second.value(L("static_params")).toArray().isEmpty();
        }
        if (future && withParams) {
            pair = p;
            before = apps;
            m_used.insert(key);
            break;
        }
    }
    QVERIFY(!pair.isEmpty());

    QCOMPARE(act(pair, L("UNPUBLISH")).status, 204);
    QCOMPARE(refresh(pair).value(L("status")).toString(), L("API_STATUS_OFFLINE"));
    QVERIFY(authorized(pair).empty()); // UNPUBLISH removes the authorizations

    QCOMPARE(publish(L("sandbox_admin"), pair).status, 204);
    QVERIFY(authorized(pair).empty());
    for (const auto &a : before) {
        QCOMPARE(authorize(L("sandbox_admin"), pair, {a.first},
                           iso(a.second.value(L("api_using_time")).toInteger()))
                     .status,
                 204);
    }
    const std::map<QString, QJsonObject> after = authorized(pair);
    QCOMPARE(int(after.size()), int(before.size()));
    for (const auto &a : before) {
        QVERIFY(after.count(a.first));
        const QJsonObject o = after.at(a.first);
        QCOMPARE(o.value(L("api_using_time")), a.second.value(L("api_using_time")));
        QCOMPARE(o.value(L("app_name")), a.second.value(L("app_name")));
        QCOMPARE(o.value(L("relationship_type")).toString(), L("LINKED"));
        // Static parameters cannot be restored (the authorize bodies have none).
        QCOMPARE(o.value(L("static_params")).toArray().size(), 0);
    }
    const QJsonObject restored = refresh(pair);
    QCOMPARE(restored.value(L("status")).toString(), L("API_STATUS_PUBLISHED"));
    QCOMPARE(strings(restored.value(L("history")).toArray()),
             (QStringList{L("API_STATUS_PUBLISHED->API_STATUS_OFFLINE"),
                          L("API_STATUS_OFFLINE->API_STATUS_PUBLISHED")}));
}

void TestSandboxUndo::batchOfflineThenBatchPublish()
{
    SandboxClient &c = admin();
    const QJsonArray published = c.findEntities(L("biz_type=TABLE_MODEL&status=PUBLISHED&limit=4"));
    QCOMPARE(published.size(), 4);
    const auto batch = [&](const char *kind, const QJsonArray &entities, bool fast,
                           SandboxClient &client) {
        QJsonArray infos;
        for (const QJsonValue &v : entities)
            infos.append(
                QJsonObject{{L("biz_id"), v.toObject().value(L("id")).toString()},
                            {L("biz_type"), v.toObject().value(L("biz_type")).toString()}});
        const QJsonObject body{{L("biz_infos"), infos},
                               {L("approver_user_id"), m_sandbox.value(L("user_id"))},
                               {L("approver_user_name"), L("sandbox_admin")},
                               {L("fast_approval"), fast}};
        return client.post(client.arch(L("approvals/") + L(kind)), compact(body));
    };
    HttpResult r = batch("batch-offline", published, true, c);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().toObject().value(L("operation_status")).toString(), L("SUCCESS"));
    for (const QJsonValue &v : published)
        QCOMPARE(c.entity(v.toObject().value(L("id")).toString()).value(L("status")).toString(),
                 L("OFFLINE"));

    // The inverse: fast approval by an approver puts the first two back at once.
    r = batch("batch-publish", QJsonArray{published[0], published[1]}, true, c);
    QCOMPARE(r.status, 200);
    for (const QJsonValue &g : r.value().toObject().value(L("groups")).toArray())
        QCOMPARE(g.toObject().value(L("remark")).toString(), L("PASSED"));
    for (int i = 0; i < 2; ++i) {
        const QJsonObject e = c.entity(published[i].toObject().value(L("id")).toString());
        QCOMPARE(e.value(L("status")).toString(), L("PUBLISHED"));
        QCOMPARE(strings(e.value(L("history")).toArray()),
                 (QStringList{L("PUBLISHED->OFFLINE"), L("OFFLINE->PUBLISHED")}));
        const QJsonArray times = e.value(L("history_times_ms")).toArray();
        QCOMPARE(times.size(), 2);
        QVERIFY(times.at(0).toInteger() <= times.at(1).toInteger());
        QCOMPARE(e.value(L("history_times")).toArray().at(1).toString(),
                 iso(times.at(1).toInteger()));
    }
    // Without fast approval (or by a non-approver): PUBLISH_DEVELOPING, waiting.
    r = batch("batch-publish", QJsonArray{published[2]}, false, c);
    QCOMPARE(r.status, 200);
    const QJsonObject waiting = c.entity(published[2].toObject().value(L("id")).toString());
    QCOMPARE(waiting.value(L("status")).toString(), L("PUBLISH_DEVELOPING"));
    QVERIFY(!waiting.value(L("pending_approval")).isNull());
    r = batch("batch-publish", QJsonArray{published[3]}, true, as(L("zhao_lei")));
    QCOMPARE(r.status, 200);
    QCOMPARE(
        c.entity(published[3].toObject().value(L("id")).toString()).value(L("status")).toString(),
        L("PUBLISH_DEVELOPING"));
    // Publishing again what is published or pending fails item by item.
    r = batch("batch-publish", QJsonArray{published[0], published[2]}, true, c);
    QCOMPARE(r.value().toObject().value(L("operation_status")).toString(), L("FAILED"));
    QCOMPARE(r.value().toObject().value(L("failed")).toInt(), 2);
}

void TestSandboxUndo::batchPublishInvertsBatchOfflineForEveryKind()
{
    // One PUBLISHED entity of every seeded kind, no pending approval, untouched so far.
    SandboxClient &c = admin();
    QJsonArray items;
    QSet<QString> kinds;
    for (const QJsonValue &v : c.findEntities(L("status=PUBLISHED&limit=100000"))) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(L("biz_type")).toString();
        if (kinds.contains(kind) ||
            c.entity(e.value(L("id")).toString()).value(L("transitions")).toInt() != 0)
            continue;
        kinds.insert(kind);
        items.append(
            QJsonObject{{L("biz_id"), e.value(L("id")).toString()}, {L("biz_type"), kind}});
    }
    QCOMPARE(kinds.size(), 40);
    const QJsonObject approver{{L("approver_user_id"), m_sandbox.value(L("user_id"))},
                               {L("approver_user_name"), L("sandbox_admin")},
                               {L("fast_approval"), true}};
    QJsonObject body = approver;
    body.insert(L("biz_infos"), items);
    HttpResult r = c.post(c.arch(L("approvals/batch-offline")), compact(body));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().toObject().value(L("success")).toInt(), 40);
    r = c.post(c.arch(L("approvals/batch-publish")), compact(body));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().toObject().value(L("operation_status")).toString(), L("SUCCESS"));
    QCOMPARE(r.value().toObject().value(L("success")).toInt(), 40);
    for (const QJsonValue &v : items) {
        const QJsonObject e = c.entity(v.toObject().value(L("biz_id")).toString());
        QCOMPARE(e.value(L("status")).toString(), L("PUBLISHED"));
        QCOMPARE(strings(e.value(L("history")).toArray()),
                 (QStringList{L("PUBLISHED->OFFLINE"), L("OFFLINE->PUBLISHED")}));
        QCOMPARE(e.value(L("history_times")).toArray().size(), 2);
        QVERIFY(e.value(L("pending_approval")).isNull());
    }
}

void TestSandboxUndo::clockAdvanceMovesWaitingPairs()
{
    const QJsonObject stop = pickPair(L("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    const QJsonObject unpublish = pickPair(L("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QVERIFY(!stop.isEmpty() && !unpublish.isEmpty());
    // A seeded WAITING pair moves too, at its own deadline.
    const QJsonObject seeded = pickPair(L("status=WAITING_OFFLINE"));
    QVERIFY(!seeded.isEmpty());
    const QString seededDeadline =
        seeded.value(L("pending")).toObject().value(L("effective_time")).toString();

    const qint64 now = admin().now().toMSecsSinceEpoch();
    const qint64 effective = (now / 3600000 + 48) * 3600000;
    QCOMPARE(act(stop, L("STOP"), iso(effective)).status, 204);
    QCOMPARE(act(unpublish, L("UNPUBLISH"), iso(effective + 3600000)).status, 204);
    QCOMPARE(refresh(stop).value(L("status")).toString(), L("API_STATUS_WAITING_STOP"));
    QCOMPARE(refresh(unpublish).value(L("status")).toString(), L("API_STATUS_WAITING_OFFLINE"));
    for (const auto &a : authorized(unpublish))
        QCOMPARE(a.second.value(L("relationship_type")).toString(), L("OFFLINE_WAITING_CHECK"));

    advance(47 * 3600 - 600); // not yet
    QCOMPARE(refresh(stop).value(L("status")).toString(), L("API_STATUS_WAITING_STOP"));
    advance(3 * 3600);
    const QJsonObject stopped = refresh(stop);
    QCOMPARE(stopped.value(L("status")).toString(), L("API_STATUS_STOPPED"));
    QVERIFY(stopped.value(L("pending")).isNull());
    QCOMPARE(strings(stopped.value(L("history")).toArray()),
             (QStringList{L("API_STATUS_PUBLISHED->API_STATUS_WAITING_STOP"),
                          L("API_STATUS_WAITING_STOP->API_STATUS_STOPPED")}));
    // Dated at the effective time, not at the advance.
    QCOMPARE(stopped.value(L("history_times_ms")).toArray().at(1).toInteger(), effective);
    QCOMPARE(stopped.value(L("history_times")).toArray().at(1).toString(), iso(effective));

    const QJsonObject offline = refresh(unpublish);
    QCOMPARE(offline.value(L("status")).toString(), L("API_STATUS_OFFLINE"));
    QCOMPARE(offline.value(L("history_times_ms")).toArray().at(1).toInteger(), effective + 3600000);
    QVERIFY(authorized(unpublish).empty());

    const QJsonObject seededNow = refresh(seeded);
    QCOMPARE(seededNow.value(L("status")).toString(), L("API_STATUS_OFFLINE"));
    QCOMPARE(seededNow.value(L("history_times")).toArray().at(0).toString(), seededDeadline);

    // publish-info and ListInstanceList show the final states.
    const QList<std::pair<QJsonObject, QString>> finals{{stop, L("API_STATUS_STOPPED")},
                                                        {unpublish, L("API_STATUS_OFFLINE")}};
    for (const auto &[p, status] : finals) {
        const HttpResult info = admin().get(admin().ds(L("apis/%1/publish-info").arg(apiOf(p))));
        QCOMPARE(info.status, 200);
        bool seen = false;
        for (const QJsonValue &v : info.json().value(L("publish_messages")).toArray()) {
            if (v.toObject().value(L("instance_id")).toString() == instOf(p)) {
                seen = true;
                QCOMPARE(v.toObject().value(L("api_status")).toString(), status);
            }
        }
        QVERIFY(seen);
        const HttpResult list =
            admin().get(admin().ds(L("apis/%1/instances").arg(apiOf(p))),
                        {{L("action"), L("RECOVER")}, {L("show_all"), L("true")}});
        for (const QJsonValue &v : list.json().value(L("instances")).toArray()) {
            if (v.toObject().value(L("instance_id")).toString() == instOf(p))
                QCOMPARE(v.toObject().value(L("api_status")).toString(), status);
        }
    }
    // The messages of the deadline were forced.
    const QJsonObject stats = admin().stats();
    QCOMPARE(stats.value(L("pairs"))
                 .toObject()
                 .value(apiOf(stop) + QLatin1Char('/') + instOf(stop))
                 .toObject()
                 .value(L("history_times_ms"))
                 .toArray()
                 .at(1)
                 .toInteger(),
             effective);
}

void TestSandboxUndo::confirmationsEndTheWaitEarly()
{
    const QJsonObject pair = pickPair(L("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    const qint64 effective = (admin().now().toMSecsSinceEpoch() / 3600000 + 48) * 3600000;
    QCOMPARE(act(pair, L("STOP"), iso(effective)).status, 204);
    const QJsonArray records =
        refresh(pair).value(L("pending")).toObject().value(L("records")).toArray();
    QVERIFY(!records.isEmpty());
    qint64 confirmedAt = 0;
    for (const QJsonValue &v : records) {
        const QJsonObject m = v.toObject();
        SandboxClient &owner = as(m.value(L("receiver")).toString());
        QCOMPARE(refresh(pair).value(L("status")).toString(), L("API_STATUS_WAITING_STOP"));
        confirmedAt =
            admin().controlJson("GET", L("/__sandbox/time")).value(L("now_ms")).toInteger();
        QCOMPARE(
            owner
                .post(owner.ds(L("messages")),
                      compact({{L("message_id"), m.value(L("id")).toString()}, {L("action"), 0}}))
                .status,
            204);
    }
    const QJsonObject now = refresh(pair);
    QCOMPARE(now.value(L("status")).toString(), L("API_STATUS_STOPPED"));
    const qint64 at = now.value(L("history_times_ms")).toArray().at(1).toInteger();
    QVERIFY(at >= confirmedAt && at < effective);
}

QTEST_GUILESS_MAIN(TestSandboxUndo)
#include "tst_sandbox_undo.moc"
