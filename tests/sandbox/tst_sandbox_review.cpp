// The DataService review centers: UNPUBLISH / STOP with authorized apps notify each app's
// owner; confirming every message at once makes the action take effect, a scheduled
// confirmation when its time comes, the deadline otherwise. RECOVER by someone who is not
// the reviewer waits for the reviewer's approval. Lists page with the documented quirk.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include <QRegularExpression>
#include <QtTest>

#include <map>

using dataarts::QueryItems;

class TestSandboxReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unpublishNotifiesEveryAppOwner();
    void confirmingEveryMessageNowTakesEffect();
    void scheduledConfirmationsTakeEffectWhenDue();
    void deadlineForcesUnconfirmedMessages();
    void confirmValidation();
    void recoverByNonReviewerNeedsApproval();
    void rejectedRecoverReturnsToStopped();
    void reviewIsAllOrNothing();
    void reviewValidation();
    void applicationQueryTypes();
    void pagingQuirkAndLimits();

private:
    SandboxClient &as(const QString &user);
    QJsonObject pickPair(const QString &query);
    QJsonObject refresh(const QJsonObject &pair);
    // The messages or the application of the pair's pending action.
    QJsonArray pendingRecords(const QJsonObject &pair);
    HttpResult act(const QString &user, const QJsonObject &pair, const QString &action,
                   const QString &time = QString());
    HttpResult confirm(const QString &user, const QString &id, int action,
                       const QString &time = QString());
    QString onTheHour(int hoursAhead) const;
    QJsonObject record(const QString &user, const QString &kind, const QString &id);

    SandboxProcess m_sandbox{
        {QStringLiteral("--tables"), QStringLiteral("60"), QStringLiteral("--apis"),
         QStringLiteral("150"), QStringLiteral("--rate-limit"), QStringLiteral("off"),
         QStringLiteral("--user"), QStringLiteral("zhao_lei:ZLAK:ZLSK:developer"),
         QStringLiteral("--user"), QStringLiteral("chen_jing:CJAK:CJSK:developer"),
         QStringLiteral("--user"), QStringLiteral("liu_yang:LYAK:LYSK:developer"),
         QStringLiteral("--user"), QStringLiteral("wang_fang:WFAK:WFSK:approver")}};
    std::map<QString, std::unique_ptr<SandboxClient>> m_clients;
};

void TestSandboxReview::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    const QList<QPair<QString, QPair<QString, QByteArray>>> keys = {
        {QStringLiteral("sandbox_admin"), {m_sandbox.accessKey(), m_sandbox.secretKey()}},
        {QStringLiteral("zhao_lei"), {QStringLiteral("ZLAK"), "ZLSK"}},
        {QStringLiteral("chen_jing"), {QStringLiteral("CJAK"), "CJSK"}},
        {QStringLiteral("liu_yang"), {QStringLiteral("LYAK"), "LYSK"}},
        {QStringLiteral("wang_fang"), {QStringLiteral("WFAK"), "WFSK"}},
    };
    for (const auto &k : keys) {
        auto client = std::make_unique<SandboxClient>(m_sandbox);
        client->setCredentials(k.second.first, k.second.second);
        m_clients[k.first] = std::move(client);
    }
}

SandboxClient &TestSandboxReview::as(const QString &user)
{
    return *m_clients.at(user);
}

QString TestSandboxReview::onTheHour(int hoursAhead) const
{
    QDateTime t =
        m_clients.at(QStringLiteral("sandbox_admin"))->now().addSecs(qint64(hoursAhead) * 3600);
    t = QDateTime(t.date(), QTime(t.time().hour(), 0), Qt::UTC);
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QJsonObject TestSandboxReview::pickPair(const QString &query)
{
    for (const QJsonValue &v :
         as(QStringLiteral("sandbox_admin")).findPairs(query + QStringLiteral("&limit=1000"))) {
        if (v.toObject().value(QStringLiteral("transitions")).toInt() == 0)
            return v.toObject();
    }
    return {};
}

QJsonObject TestSandboxReview::refresh(const QJsonObject &pair)
{
    return as(QStringLiteral("sandbox_admin"))
        .pair(pair.value(QStringLiteral("api_id")).toString(),
              pair.value(QStringLiteral("instance_id")).toString());
}

QJsonArray TestSandboxReview::pendingRecords(const QJsonObject &pair)
{
    return refresh(pair)
        .value(QStringLiteral("pending"))
        .toObject()
        .value(QStringLiteral("records"))
        .toArray();
}

HttpResult TestSandboxReview::act(const QString &user, const QJsonObject &pair,
                                  const QString &action, const QString &time)
{
    QJsonObject body{{QStringLiteral("action"), action}};
    if (!time.isEmpty())
        body.insert(QStringLiteral("time"), time);
    SandboxClient &c = as(user);
    return c.post(c.ds(QStringLiteral("apis/%1/instances/%2/action")
                           .arg(pair.value(QStringLiteral("api_id")).toString(),
                                pair.value(QStringLiteral("instance_id")).toString())),
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult TestSandboxReview::confirm(const QString &user, const QString &id, int action,
                                      const QString &time)
{
    QJsonObject body{{QStringLiteral("message_id"), id}, {QStringLiteral("action"), action}};
    if (!time.isEmpty())
        body.insert(QStringLiteral("time"), time);
    SandboxClient &c = as(user);
    return c.post(c.ds(QStringLiteral("messages")),
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject TestSandboxReview::record(const QString &user, const QString &kind, const QString &id)
{
    SandboxClient &c = as(user);
    return c.get(c.ds(kind + QLatin1Char('/') + id)).json();
}

void TestSandboxReview::unpublishNotifiesEveryAppOwner()
{
    const QJsonObject pair =
        pickPair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QVERIFY(!pair.isEmpty());
    const QString time = onTheHour(49);
    QCOMPARE(act(QStringLiteral("sandbox_admin"), pair, QStringLiteral("UNPUBLISH"), time).status,
             204);
    const QJsonObject now = refresh(pair);
    QCOMPARE(now.value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_WAITING_OFFLINE"));
    const QJsonArray records =
        now.value(QStringLiteral("pending")).toObject().value(QStringLiteral("records")).toArray();
    const QJsonArray apps = pair.value(QStringLiteral("apps")).toArray();
    QCOMPARE(records.size(), apps.size()); // one per authorized app
    const qint64 deadline = QDateTime::fromString(time, Qt::ISODateWithMs).toMSecsSinceEpoch();
    for (int i = 0; i < records.size(); ++i) {
        const QString owner = records.at(i).toObject().value(QStringLiteral("receiver")).toString();
        QCOMPARE(owner, apps.at(i).toObject().value(QStringLiteral("owner")).toString());
        const QString id = records.at(i).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
        // The owner finds it in their list, by API name.
        SandboxClient &c = as(owner);
        const HttpResult list = c.get(
            c.ds(QStringLiteral("messages")),
            {{QStringLiteral("api_name"), pair.value(QStringLiteral("api_name")).toString()}});
        QCOMPARE(list.status, 200);
        QJsonObject mine;
        for (const QJsonValue &v : list.json().value(QStringLiteral("records")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                mine = v.toObject();
        }
        QVERIFY2(!mine.isEmpty(), qPrintable(owner));
        QCOMPARE(mine.value(QStringLiteral("api_apply_status")).toString(),
                 QStringLiteral("STATUS_TYPE_PENDING_CHECK"));
        QCOMPARE(mine.value(QStringLiteral("api_apply_type")).toString(),
                 QStringLiteral("APPLY_TYPE_OFFLINE"));
        QCOMPARE(mine.value(QStringLiteral("api_id")), pair.value(QStringLiteral("api_id")));
        QCOMPARE(mine.value(QStringLiteral("app_id")),
                 apps.at(i).toObject().value(QStringLiteral("id")));
        QCOMPARE(mine.value(QStringLiteral("user_name")).toString(),
                 QStringLiteral("sandbox_admin"));
        QCOMPARE(mine.value(QStringLiteral("approver_name")).toString(), owner);
        QCOMPARE(mine.value(QStringLiteral("api_using_time")).toInteger(), deadline);
        QVERIFY(qAbs(mine.value(QStringLiteral("apply_time")).toInteger() -
                     c.now().toMSecsSinceEpoch()) < 600000);
        QCOMPARE(record(owner, QStringLiteral("messages"), id), mine);
    }
    // Nobody else sees them.
    SandboxClient &other = as(QStringLiteral("wang_fang"));
    const HttpResult others = other.get(
        other.ds(QStringLiteral("messages")),
        {{QStringLiteral("api_name"), pair.value(QStringLiteral("api_name")).toString()}});
    QCOMPARE(others.json().value(QStringLiteral("total")).toInt(), 0);
}

void TestSandboxReview::confirmingEveryMessageNowTakesEffect()
{
    const QJsonObject pair =
        pickPair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QCOMPARE(act(QStringLiteral("sandbox_admin"), pair, QStringLiteral("UNPUBLISH"), onTheHour(60))
                 .status,
             204);
    const QJsonArray records = pendingRecords(pair);
    QVERIFY(!records.isEmpty());
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject r = records.at(i).toObject();
        QCOMPARE(refresh(pair).value(QStringLiteral("status")).toString(),
                 QStringLiteral("API_STATUS_WAITING_OFFLINE"));
        QCOMPARE(confirm(r.value(QStringLiteral("receiver")).toString(),
                         r.value(QStringLiteral("id")).toString(), 0)
                     .status,
                 204);
    }
    const QJsonObject after = refresh(pair);
    QCOMPARE(after.value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_OFFLINE"));
    QCOMPARE(after.value(QStringLiteral("history")).toArray(),
             (QJsonArray{QStringLiteral("API_STATUS_PUBLISHED->API_STATUS_WAITING_OFFLINE"),
                         QStringLiteral("API_STATUS_WAITING_OFFLINE->API_STATUS_OFFLINE")}));
    QVERIFY(after.value(QStringLiteral("apps")).toArray().isEmpty());
    const QJsonObject first = records.at(0).toObject();
    QCOMPARE(record(first.value(QStringLiteral("receiver")).toString(), QStringLiteral("messages"),
                    first.value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("api_apply_status"))
                 .toString(),
             QStringLiteral("STATUS_TYPE_SYNCHRONOUS_EXECUTE"));
}

void TestSandboxReview::scheduledConfirmationsTakeEffectWhenDue()
{
    const QJsonObject pair =
        pickPair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QCOMPARE(
        act(QStringLiteral("sandbox_admin"), pair, QStringLiteral("STOP"), onTheHour(72)).status,
        204);
    const QJsonArray records = pendingRecords(pair);
    const QString at = onTheHour(3);
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value(QStringLiteral("type")).toString(), QStringLiteral("APPLY_TYPE_STOP"));
        QCOMPARE(confirm(r.value(QStringLiteral("receiver")).toString(),
                         r.value(QStringLiteral("id")).toString(), 1, at)
                     .status,
                 204);
        QCOMPARE(record(r.value(QStringLiteral("receiver")).toString(), QStringLiteral("messages"),
                        r.value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("api_apply_status"))
                     .toString(),
                 QStringLiteral("STATUS_TYPE_PENDING_EXECUTE"));
    }
    QCOMPARE(refresh(pair).value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_WAITING_STOP"));
    as(QStringLiteral("sandbox_admin")).advance(4 * 3600);
    for (auto &c : m_clients)
        c.second->syncClock();
    const QJsonObject after = refresh(pair);
    QCOMPARE(after.value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_STOPPED"));
    QCOMPARE(after.value(QStringLiteral("apps")).toArray().size(),
             pair.value(QStringLiteral("apps")).toArray().size());
    const QJsonObject first = records.at(0).toObject();
    QCOMPARE(record(first.value(QStringLiteral("receiver")).toString(), QStringLiteral("messages"),
                    first.value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("api_apply_status"))
                 .toString(),
             QStringLiteral("STATUS_TYPE_PASSED"));
}

void TestSandboxReview::deadlineForcesUnconfirmedMessages()
{
    const QJsonObject pair =
        pickPair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QCOMPARE(
        act(QStringLiteral("sandbox_admin"), pair, QStringLiteral("STOP"), onTheHour(50)).status,
        204);
    const QJsonObject r = pendingRecords(pair).at(0).toObject();
    as(QStringLiteral("sandbox_admin")).advance(49 * 3600);
    for (auto &c : m_clients)
        c.second->syncClock();
    QCOMPARE(refresh(pair).value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_WAITING_STOP"));
    as(QStringLiteral("sandbox_admin")).advance(2 * 3600);
    for (auto &c : m_clients)
        c.second->syncClock();
    QCOMPARE(refresh(pair).value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_STOPPED"));
    QCOMPARE(record(r.value(QStringLiteral("receiver")).toString(), QStringLiteral("messages"),
                    r.value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("api_apply_status"))
                 .toString(),
             QStringLiteral("STATUS_TYPE_FORCED_CANCEL"));
    // A processed message cannot be confirmed again.
    const HttpResult again = confirm(r.value(QStringLiteral("receiver")).toString(),
                                     r.value(QStringLiteral("id")).toString(), 0);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("DLM.4182"));
}

void TestSandboxReview::confirmValidation()
{
    const QJsonObject pair =
        pickPair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QCOMPARE(
        act(QStringLiteral("sandbox_admin"), pair, QStringLiteral("STOP"), onTheHour(80)).status,
        204);
    const QJsonObject r = pendingRecords(pair).at(0).toObject();
    const QString owner = r.value(QStringLiteral("receiver")).toString();
    const QString id = r.value(QStringLiteral("id")).toString();
    SandboxClient &c = as(owner);
    const QString path = c.ds(QStringLiteral("messages"));
    struct Case {
        QByteArray body;
        QString field;
    };
    const QString halfPast =
        onTheHour(5).replace(QStringLiteral(":00:00.000Z"), QStringLiteral(":30:00.000Z"));
    const auto json = [&id](const QJsonObject &extra, bool withId = true) {
        QJsonObject o = extra;
        if (withId)
            o.insert(QStringLiteral("message_id"), id);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const QList<Case> cases = {
        {json({{QStringLiteral("action"), 1}}), QStringLiteral("time")},
        {json({{QStringLiteral("action"), 1}, {QStringLiteral("time"), halfPast}}),
         QStringLiteral("time")},
        {json({{QStringLiteral("action"), 1}, {QStringLiteral("time"), onTheHour(-2)}}),
         QStringLiteral("time")},
        {json({{QStringLiteral("action"), 2}}), QStringLiteral("action")},
        {json({{QStringLiteral("action"), QStringLiteral("0")}}), QStringLiteral("action")},
        {json({{QStringLiteral("action"), 0}}, false), QStringLiteral("message_id")},
    };
    for (const Case &k : cases) {
        const HttpResult res = c.post(path, k.body);
        QCOMPARE(res.status, 400);
        QCOMPARE(res.errorCode(), QStringLiteral("DLS.1000"));
        QVERIFY2(res.errorMessage().contains(k.field), qPrintable(res.errorMessage()));
    }
    const HttpResult unknown =
        confirm(owner, QStringLiteral("0123456789abcdef0123456789abcdef"), 0);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("DLM.4205"));
    const QString stranger = owner == QLatin1String("wang_fang") ? QStringLiteral("liu_yang")
                                                                 : QStringLiteral("wang_fang");
    const HttpResult notMine = confirm(stranger, id, 0);
    QCOMPARE(notMine.status, 400);
    QCOMPARE(notMine.errorCode(), QStringLiteral("DLM.4093"));
    QCOMPARE(record(owner, QStringLiteral("messages"), id)
                 .value(QStringLiteral("api_apply_status"))
                 .toString(),
             QStringLiteral("STATUS_TYPE_PENDING_CHECK"));
}

void TestSandboxReview::recoverByNonReviewerNeedsApproval()
{
    const QJsonObject pair = pickPair(QStringLiteral("status=STOPPED&manager=sandbox_admin"));
    QCOMPARE(act(QStringLiteral("zhao_lei"), pair, QStringLiteral("RECOVER"), onTheHour(48)).status,
             204);
    QCOMPARE(refresh(pair).value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_RECOVER_WAIT_REVIEW"));
    SandboxClient &admin = as(QStringLiteral("sandbox_admin"));
    const HttpResult pending = admin.get(
        admin.ds(QStringLiteral("applys")),
        {{QStringLiteral("query_type"), QStringLiteral("0")},
         {QStringLiteral("api_name"), pair.value(QStringLiteral("api_name")).toString()}});
    QCOMPARE(pending.status, 200);
    QJsonObject application;
    for (const QJsonValue &v : pending.json().value(QStringLiteral("records")).toArray()) {
        if (v.toObject().value(QStringLiteral("user_name")).toString() == QLatin1String("zhao_lei"))
            application = v.toObject();
    }
    QCOMPARE(application.value(QStringLiteral("api_apply_type")).toString(),
             QStringLiteral("APPLY_TYPE_RECOVER"));
    QCOMPARE(application.value(QStringLiteral("api_apply_status")).toString(),
             QStringLiteral("STATUS_TYPE_PENDING_APPROVAL"));
    QCOMPARE(application.value(QStringLiteral("approver_name")).toString(),
             QStringLiteral("sandbox_admin"));
    const QString id = application.value(QStringLiteral("id")).toString();
    QCOMPARE(record(QStringLiteral("sandbox_admin"), QStringLiteral("applys"), id)
                 .value(QStringLiteral("id"))
                 .toString(),
             id);

    // The requester sees it among what they sent as developer.
    SandboxClient &dev = as(QStringLiteral("zhao_lei"));
    bool sent = false;
    for (const QJsonValue &v : dev.get(dev.ds(QStringLiteral("applys")),
                                       {{QStringLiteral("query_type"), QStringLiteral("2")}})
                                   .json()
                                   .value(QStringLiteral("records"))
                                   .toArray())
        sent = sent || v.toObject().value(QStringLiteral("id")).toString() == id;
    QVERIFY(sent);

    const QByteArray approve =
        QJsonDocument(QJsonObject{{QStringLiteral("apply_result"), true},
                                  {QStringLiteral("apply_ids"), QJsonArray{id}}})
            .toJson();
    QCOMPARE(admin.post(admin.ds(QStringLiteral("applys")), approve).status, 204);
    QCOMPARE(refresh(pair).value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_PUBLISHED"));
    QCOMPARE(record(QStringLiteral("sandbox_admin"), QStringLiteral("applys"), id)
                 .value(QStringLiteral("api_apply_status"))
                 .toString(),
             QStringLiteral("STATUS_TYPE_PASSED"));
    const HttpResult reviewed = admin.get(
        admin.ds(QStringLiteral("applys")),
        {{QStringLiteral("query_type"), QStringLiteral("1")},
         {QStringLiteral("api_name"), pair.value(QStringLiteral("api_name")).toString()}});
    QVERIFY(reviewed.body.contains(id.toLatin1()));
}

void TestSandboxReview::rejectedRecoverReturnsToStopped()
{
    const QJsonObject pair = pickPair(QStringLiteral("status=STOPPED&manager=wang_fang"));
    QCOMPARE(act(QStringLiteral("chen_jing"), pair, QStringLiteral("RECOVER")).status, 204);
    const QString id = pendingRecords(pair).at(0).toObject().value(QStringLiteral("id")).toString();
    SandboxClient &reviewer = as(QStringLiteral("wang_fang"));
    QCOMPARE(reviewer
                 .post(reviewer.ds(QStringLiteral("applys")),
                       QJsonDocument(QJsonObject{{QStringLiteral("apply_result"), false},
                                                 {QStringLiteral("apply_ids"), QJsonArray{id}}})
                           .toJson())
                 .status,
             204);
    const QJsonObject after = refresh(pair);
    QCOMPARE(after.value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_STOPPED"));
    QCOMPARE(after.value(QStringLiteral("transitions")).toInt(), 2);
    QCOMPARE(record(QStringLiteral("wang_fang"), QStringLiteral("applys"), id)
                 .value(QStringLiteral("api_apply_status"))
                 .toString(),
             QStringLiteral("STATUS_TYPE_REJECTED"));
}

void TestSandboxReview::reviewIsAllOrNothing()
{
    const QJsonObject mine = pickPair(QStringLiteral("status=STOPPED&manager=sandbox_admin"));
    QCOMPARE(act(QStringLiteral("liu_yang"), mine, QStringLiteral("RECOVER")).status, 204);
    const QJsonObject theirs = pickPair(QStringLiteral("status=STOPPED&manager=wang_fang"));
    QCOMPARE(act(QStringLiteral("liu_yang"), theirs, QStringLiteral("RECOVER")).status, 204);
    const QString a = pendingRecords(mine).at(0).toObject().value(QStringLiteral("id")).toString();
    const QString b =
        pendingRecords(theirs).at(0).toObject().value(QStringLiteral("id")).toString();
    SandboxClient &admin = as(QStringLiteral("sandbox_admin"));
    const HttpResult r =
        admin.post(admin.ds(QStringLiteral("applys")),
                   QJsonDocument(QJsonObject{{QStringLiteral("apply_result"), true},
                                             {QStringLiteral("apply_ids"), QJsonArray{a, b}}})
                       .toJson());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("DLM.4093"));
    QVERIFY(r.errorMessage().contains(b));
    QCOMPARE(refresh(mine).value(QStringLiteral("status")).toString(),
             QStringLiteral("API_STATUS_RECOVER_WAIT_REVIEW"));
}

void TestSandboxReview::reviewValidation()
{
    SandboxClient &admin = as(QStringLiteral("sandbox_admin"));
    const QString path = admin.ds(QStringLiteral("applys"));
    for (const QByteArray &body : {QByteArray(R"({"apply_ids":["x"]})"),
                                   QByteArray(R"({"apply_result":"yes","apply_ids":["x"]})")}) {
        const HttpResult r = admin.post(path, body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(QLatin1String("apply_result")));
    }
    for (const QByteArray &body : {QByteArray(R"({"apply_result":true})"),
                                   QByteArray(R"({"apply_result":true,"apply_ids":[]})"),
                                   QByteArray(R"({"apply_result":true,"apply_ids":[1]})")}) {
        const HttpResult r = admin.post(path, body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(QLatin1String("apply_ids")));
    }
    const HttpResult unknown = admin.post(
        path, R"({"apply_result":true,"apply_ids":["0123456789abcdef0123456789abcdef"]})");
    QCOMPARE(unknown.errorCode(), QStringLiteral("DLM.4205"));
    // A message is not an application.
    const QJsonObject pair =
        pickPair(QStringLiteral("status=PUBLISHED&apps=yes&manager=sandbox_admin"));
    QCOMPARE(
        act(QStringLiteral("sandbox_admin"), pair, QStringLiteral("STOP"), onTheHour(90)).status,
        204);
    const QString message =
        pendingRecords(pair).at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(admin
                 .post(path, QJsonDocument(
                                 QJsonObject{{QStringLiteral("apply_result"), true},
                                             {QStringLiteral("apply_ids"), QJsonArray{message}}})
                                 .toJson())
                 .errorCode(),
             QStringLiteral("DLM.4205"));
    QCOMPARE(admin.get(admin.ds(QStringLiteral("applys/") + message)).status, 400);
}

void TestSandboxReview::applicationQueryTypes()
{
    SandboxClient &admin = as(QStringLiteral("sandbox_admin"));
    const QString path = admin.ds(QStringLiteral("applys"));
    QSet<QString> reviewed;
    for (const QJsonValue &v :
         admin.get(path, {{QStringLiteral("query_type"), QStringLiteral("1")}})
             .json()
             .value(QStringLiteral("records"))
             .toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("approver_name")).toString(),
                 QStringLiteral("sandbox_admin"));
        reviewed.insert(v.toObject().value(QStringLiteral("api_apply_status")).toString());
    }
    QVERIFY(reviewed.contains(QStringLiteral("STATUS_TYPE_PASSED")));
    QVERIFY(reviewed.contains(QStringLiteral("STATUS_TYPE_REJECTED")));
    QVERIFY(!reviewed.contains(QStringLiteral("STATUS_TYPE_PENDING_APPROVAL")));
    for (const QJsonValue &v :
         admin.get(path, {{QStringLiteral("query_type"), QStringLiteral("0")}})
             .json()
             .value(QStringLiteral("records"))
             .toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("api_apply_status")).toString(),
                 QStringLiteral("STATUS_TYPE_PENDING_APPROVAL"));
    // Applications an app owner sent as caller.
    SandboxClient &owner = as(QStringLiteral("zhao_lei"));
    for (const QJsonValue &v :
         owner.get(path, {{QStringLiteral("query_type"), QStringLiteral("3")}})
             .json()
             .value(QStringLiteral("records"))
             .toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("user_name")).toString(),
                 QStringLiteral("zhao_lei"));
        QVERIFY(QStringList({QStringLiteral("APPLY_TYPE_APPLY"), QStringLiteral("APPLY_TYPE_RENEW"),
                             QStringLiteral("APPLY_TYPE_APP_CANCEL_AUTHORIZE")})
                    .contains(v.toObject().value(QStringLiteral("api_apply_type")).toString()));
    }
    for (const QString &bad : {QStringLiteral("4"), QStringLiteral("x"), QStringLiteral("-1")}) {
        const HttpResult r = admin.get(path, {{QStringLiteral("query_type"), bad}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(QLatin1String("query_type")));
    }
}

void TestSandboxReview::pagingQuirkAndLimits()
{
    SandboxClient &admin = as(QStringLiteral("sandbox_admin"));
    const QString path = admin.ds(QStringLiteral("applys"));
    const QueryItems type = {{QStringLiteral("query_type"), QStringLiteral("1")}};
    const HttpResult all = admin.get(path, type);
    const int total = all.json().value(QStringLiteral("total")).toInt();
    QVERIFY(total >= 3);
    QCOMPARE(all.json().value(QStringLiteral("records")).toArray().size(),
             qMin(total, 100)); // default 100
    const auto page = [&](int offset) {
        return admin
            .get(path, type + QueryItems{{QStringLiteral("limit"), QStringLiteral("1")},
                                         {QStringLiteral("offset"), QString::number(offset)}})
            .json()
            .value(QStringLiteral("records"))
            .toArray();
    };
    const QJsonArray first = page(0);
    QCOMPARE(first.size(), 1);
    QVERIFY(page(1) != first);
    QCOMPARE(page(total), first); // offset >= total: the first page again
    QCOMPARE(page(total + 5), first);
    QCOMPARE(
        admin.get(path, type + QueryItems{{QStringLiteral("limit"), QStringLiteral("101")}}).status,
        400);
    QCOMPARE(admin
                 .get(admin.ds(QStringLiteral("messages")),
                      {{QStringLiteral("limit"), QStringLiteral("0")}})
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestSandboxReview)
#include "tst_sandbox_review.moc"
