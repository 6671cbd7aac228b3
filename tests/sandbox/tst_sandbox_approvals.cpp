// Batch offline / publish and the Architecture approvals: strict body validation, per-item
// results in a BatchOperationVO, fast approval only for approvers, pending approvals that
// are resolved, rejected or withdrawn, and exactly one transition per change.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "dto/BizType.h"

#include <QRegularExpression>
#include <QtTest>

using dataarts::QueryItems;

namespace {

struct Ref {
    QString id;
    QString type;
};

QJsonObject approvals(const HttpResult &r)
{
    return r.value().toObject();
}

QJsonArray groups(const HttpResult &r)
{
    return r.value().toObject().value(QStringLiteral("groups")).toArray();
}

} // namespace

class TestSandboxApprovals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidBodiesAreRefused_data();
    void invalidBodiesAreRefused();
    void fastOfflineByApprover();
    void fastApprovalIgnoredForDevelopers();
    void failuresAreIndividual();
    void everyBizTypeCanGoOffline();
    void resolveTakesEntityOffline();
    void rejectKeepsEntityPublished();
    void onlyApproversDecide();
    void actionValidation();
    void decidedApprovalFailsItsGroup();
    void onlySubmitterWithdraws();
    void batchPublishMirrorsOffline();
    void approvalListFilters();

private:
    Ref published(const QString &type = QStringLiteral("TABLE_MODEL"));
    QByteArray body(const QList<Ref> &items, bool fast, const QJsonObject &extra = {}) const;
    HttpResult offline(SandboxClient &client, const QList<Ref> &items, bool fast);
    QString status(const QString &id);
    QString pendingApproval(const QString &bizId);

    SandboxProcess m_sandbox{
        {QStringLiteral("--tables"), QStringLiteral("800"), QStringLiteral("--apis"),
         QStringLiteral("10"), QStringLiteral("--rate-limit"), QStringLiteral("off"),
         QStringLiteral("--user"), QStringLiteral("dev1:DEVAK:DEVSK:developer"),
         QStringLiteral("--user"), QStringLiteral("wang_fang:WFAK:WFSK:approver")}};
    std::unique_ptr<SandboxClient> m_admin;
    std::unique_ptr<SandboxClient> m_dev;
};

void TestSandboxApprovals::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_admin = std::make_unique<SandboxClient>(m_sandbox);
    m_dev = std::make_unique<SandboxClient>(m_sandbox);
    m_dev->setCredentials(QStringLiteral("DEVAK"), "DEVSK");
}

Ref TestSandboxApprovals::published(const QString &type)
{
    // A published entity no earlier case has touched.
    const QJsonArray found =
        m_admin->findEntities(QStringLiteral("biz_type=%1&status=PUBLISHED&limit=50").arg(type));
    for (const QJsonValue &v : found) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (m_admin->entity(id).value(QStringLiteral("transitions")).toInt() == 0)
            return {id, type};
    }
    return {};
}

QByteArray TestSandboxApprovals::body(const QList<Ref> &items, bool fast,
                                      const QJsonObject &extra) const
{
    QJsonArray infos;
    for (const Ref &r : items)
        infos.append(
            QJsonObject{{QStringLiteral("biz_id"), r.id}, {QStringLiteral("biz_type"), r.type}});
    QJsonObject o{{QStringLiteral("biz_infos"), infos},
                  {QStringLiteral("approver_user_id"), m_sandbox.value(QStringLiteral("user_id"))},
                  {QStringLiteral("approver_user_name"), QStringLiteral("sandbox_admin")},
                  {QStringLiteral("fast_approval"), fast}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResult TestSandboxApprovals::offline(SandboxClient &client, const QList<Ref> &items, bool fast)
{
    return client.post(client.arch(QStringLiteral("approvals/batch-offline")), body(items, fast));
}

QString TestSandboxApprovals::status(const QString &id)
{
    return m_admin->entity(id).value(QStringLiteral("status")).toString();
}

QString TestSandboxApprovals::pendingApproval(const QString &bizId)
{
    const HttpResult r =
        m_admin->get(m_admin->arch(QStringLiteral("approvals")),
                     {{QStringLiteral("biz_id"), bizId},
                      {QStringLiteral("approval_status"), QStringLiteral("DEVELOPING")}});
    const QJsonArray records = approvals(r).value(QStringLiteral("records")).toArray();
    return records.size() == 1 ? records.at(0).toObject().value(QStringLiteral("id")).toString()
                               : QString();
}

void TestSandboxApprovals::invalidBodiesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray approver = R"("approver_user_id":"U","approver_user_name":"sandbox_admin")";
    const QByteArray item = R"({"biz_id":"1234567890123456789","biz_type":"TABLE_MODEL"})";
    QTest::newRow("not json") << QByteArray("{biz_infos:") << QStringLiteral("JSON");
    QTest::newRow("no biz_infos") << QByteArray("{" + approver + "}")
                                  << QStringLiteral("biz_infos");
    QTest::newRow("empty biz_infos")
        << QByteArray("{\"biz_infos\":[]," + approver + "}") << QStringLiteral("biz_infos");
    QTest::newRow("biz_infos object")
        << QByteArray("{\"biz_infos\":{}," + approver + "}") << QStringLiteral("biz_infos");
    QTest::newRow("no biz_id") << QByteArray("{\"biz_infos\":[{\"biz_type\":\"TABLE_MODEL\"}]," +
                                             approver + "}")
                               << QStringLiteral("biz_infos[0].biz_id");
    QTest::newRow("no biz_type") << QByteArray("{\"biz_infos\":[{\"biz_id\":\"1\"}]," + approver +
                                               "}")
                                 << QStringLiteral("biz_infos[0].biz_type");
    QTest::newRow("bad biz_type") << QByteArray("{\"biz_infos\":[" + item +
                                                ",{\"biz_id\":\"1\",\"biz_type\":\"TABLE\"}]," +
                                                approver + "}")
                                  << QStringLiteral("biz_infos[1].biz_type");
    QTest::newRow("duplicate") << QByteArray("{\"biz_infos\":[" + item + "," + item + "]," +
                                             approver + "}")
                               << QStringLiteral("biz_infos");
    QTest::newRow("item env_type") << QByteArray("{\"biz_infos\":[{\"biz_id\":\"1\",\"biz_type\":"
                                                 "\"TABLE_MODEL\",\"env_type\":\"PROD\"}]," +
                                                 approver + "}")
                                   << QStringLiteral("biz_infos[0].env_type");
    QTest::newRow("no approver id")
        << QByteArray("{\"biz_infos\":[" + item + "],\"approver_user_name\":\"sandbox_admin\"}")
        << QStringLiteral("approver_user_id");
    QTest::newRow("no approver name")
        << QByteArray("{\"biz_infos\":[" + item + "],\"approver_user_id\":\"U\"}")
        << QStringLiteral("approver_user_name");
    QTest::newRow("fast not bool")
        << QByteArray("{\"biz_infos\":[" + item + "]," + approver + ",\"fast_approval\":\"yes\"}")
        << QStringLiteral("fast_approval");
    QTest::newRow("schedule HH:MM")
        << QByteArray("{\"biz_infos\":[" + item + "]," + approver + ",\"schedule_time\":\"18:30\"}")
        << QStringLiteral("schedule_time");
    QTest::newRow("schedule hour 24")
        << QByteArray("{\"biz_infos\":[" + item + "]," + approver + ",\"schedule_time\":\"30_24\"}")
        << QStringLiteral("schedule_time");
    QTest::newRow("schedule minute 60")
        << QByteArray("{\"biz_infos\":[" + item + "]," + approver + ",\"schedule_time\":\"60_10\"}")
        << QStringLiteral("schedule_time");
    QTest::newRow("env_type") << QByteArray("{\"biz_infos\":[" + item + "]," + approver +
                                            ",\"env_type\":\"PROD\"}")
                              << QStringLiteral("env_type");
    QTest::newRow("unknown approver")
        << QByteArray("{\"biz_infos\":[" + item + "]," + approver + "}")
        << QStringLiteral("approver_user_id");
}

void TestSandboxApprovals::invalidBodiesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const int before = m_admin->stats()
                           .value(QStringLiteral("transition_totals"))
                           .toObject()
                           .value(QStringLiteral("entities"))
                           .toInt();
    const HttpResult r =
        m_admin->post(m_admin->arch(QStringLiteral("approvals/batch-offline")), json);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("DS.6000"));
    QVERIFY2(r.errorMessage().contains(field), qPrintable(r.errorMessage()));
    const int after = m_admin->stats()
                          .value(QStringLiteral("transition_totals"))
                          .toObject()
                          .value(QStringLiteral("entities"))
                          .toInt();
    QCOMPARE(after, before); // nothing changed
}

void TestSandboxApprovals::fastOfflineByApprover()
{
    const Ref table = published();
    const QByteArray json = body({table}, true,
                                 {{QStringLiteral("schedule_time"), QStringLiteral("30_18")},
                                  {QStringLiteral("env_type"), QStringLiteral("PROD_TYPE")}});
    const HttpResult r =
        m_admin->post(m_admin->arch(QStringLiteral("approvals/batch-offline")), json);
    QCOMPARE(r.status, 200);
    const QJsonObject value = r.value().toObject();
    QCOMPARE(value.value(QStringLiteral("operation_status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(value.value(QStringLiteral("operation_type")).toString(), QStringLiteral("OFFLINE"));
    QCOMPARE(value.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(value.value(QStringLiteral("success")).toInt(), 1);
    QCOMPARE(value.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(value.value(QStringLiteral("rate")).toString(), QStringLiteral("1.00"));
    QCOMPARE(value.value(QStringLiteral("create_by")).toString(), QStringLiteral("sandbox_admin"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{18,19}$"))
                .match(value.value(QStringLiteral("group_id")).toString())
                .hasMatch());
    const QJsonObject group = groups(r).at(0).toObject();
    QCOMPARE(group.value(QStringLiteral("biz_id")).toString(), table.id);
    QCOMPARE(group.value(QStringLiteral("operation_status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(group.value(QStringLiteral("remark")).toString(), QStringLiteral("PASSED"));
    QCOMPARE(group.value(QStringLiteral("group_id")), value.value(QStringLiteral("group_id")));
    QVERIFY(!group.value(QStringLiteral("biz_name")).toString().isEmpty());

    const QJsonObject entity = m_admin->entity(table.id);
    QCOMPARE(entity.value(QStringLiteral("status")).toString(), QStringLiteral("OFFLINE"));
    QCOMPARE(entity.value(QStringLiteral("transitions")).toInt(), 1);
    QCOMPARE(entity.value(QStringLiteral("history")).toArray().at(0).toString(),
             QStringLiteral("PUBLISHED->OFFLINE"));

    // The request log holds the body byte for byte.
    const QJsonObject logged =
        m_admin
            ->controlJson("GET", QStringLiteral("/__sandbox/requests?path=batch-offline&limit=1"))
            .value(QStringLiteral("requests"))
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(logged.value(QStringLiteral("body")).toString().toUtf8(), json);
    QCOMPARE(logged.value(QStringLiteral("outcome")).toString(), QStringLiteral("200"));
}

void TestSandboxApprovals::fastApprovalIgnoredForDevelopers()
{
    const Ref table = published(QStringLiteral("FACT_LOGIC_TABLE"));
    const HttpResult r = offline(*m_dev, {table}, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(groups(r).at(0).toObject().value(QStringLiteral("operation_status")).toString(),
             QStringLiteral("SUCCESS"));
    QCOMPARE(groups(r).at(0).toObject().value(QStringLiteral("remark")).toString(),
             QStringLiteral("DEVELOPING"));
    QCOMPARE(status(table.id), QStringLiteral("OFFLINE_DEVELOPING"));
    const HttpResult list = m_admin->get(m_admin->arch(QStringLiteral("approvals")),
                                         {{QStringLiteral("biz_id"), table.id}});
    const QJsonObject approval =
        approvals(list).value(QStringLiteral("records")).toArray().at(0).toObject();
    QCOMPARE(approval.value(QStringLiteral("approval_type")).toString(), QStringLiteral("OFFLINE"));
    QCOMPARE(approval.value(QStringLiteral("approval_status")).toString(),
             QStringLiteral("DEVELOPING"));
    QCOMPARE(approval.value(QStringLiteral("create_by")).toString(), QStringLiteral("dev1"));
    QCOMPARE(approval.value(QStringLiteral("approver")).toString(),
             QStringLiteral("sandbox_admin"));
    QCOMPARE(approval.value(QStringLiteral("biz_status")).toString(),
             QStringLiteral("OFFLINE_DEVELOPING"));
    QCOMPARE(approval.value(QStringLiteral("biz_id")).toString(), table.id);
}

void TestSandboxApprovals::failuresAreIndividual()
{
    const Ref good = published();
    const Ref wasOffline{
        m_admin->findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=OFFLINE&limit=1"))
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString(),
        QStringLiteral("TABLE_MODEL")};
    const Ref pending{
        m_admin
            ->findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=PUBLISH_DEVELOPING&limit=1"))
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString(),
        QStringLiteral("TABLE_MODEL")};
    const Ref draft{
        m_admin->findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=DRAFT&limit=1"))
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString(),
        QStringLiteral("TABLE_MODEL")};
    const Ref unknown{QStringLiteral("1000000000000000001"), QStringLiteral("TABLE_MODEL")};
    const Ref wrongType{published(QStringLiteral("DIMENSION_LOGIC_TABLE")).id,
                        QStringLiteral("TABLE_MODEL")};
    const Ref notDigits{QStringLiteral("abc"), QStringLiteral("TABLE_MODEL")};
    const int offlineBefore =
        m_admin->entity(wasOffline.id).value(QStringLiteral("transitions")).toInt();
    const HttpResult r =
        offline(*m_admin, {good, wasOffline, pending, draft, unknown, wrongType, notDigits}, true);
    QCOMPARE(r.status, 200);
    const QJsonObject value = r.value().toObject();
    QCOMPARE(value.value(QStringLiteral("operation_status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(value.value(QStringLiteral("total")).toInt(), 7);
    QCOMPARE(value.value(QStringLiteral("success")).toInt(), 1);
    QCOMPARE(value.value(QStringLiteral("failed")).toInt(), 6);
    const QJsonArray g = groups(r);
    QCOMPARE(g.size(), 7);
    QCOMPARE(g.at(0).toObject().value(QStringLiteral("operation_status")).toString(),
             QStringLiteral("SUCCESS"));
    for (int i = 1; i < 7; ++i) {
        QCOMPARE(g.at(i).toObject().value(QStringLiteral("operation_status")).toString(),
                 QStringLiteral("FAILED"));
        QVERIFY(!g.at(i).toObject().value(QStringLiteral("remark")).toString().isEmpty());
    }
    QVERIFY(g.at(1)
                .toObject()
                .value(QStringLiteral("remark"))
                .toString()
                .contains(QLatin1String("already offline")));
    QVERIFY(g.at(2)
                .toObject()
                .value(QStringLiteral("remark"))
                .toString()
                .contains(QLatin1String("pending")));
    QVERIFY(g.at(3)
                .toObject()
                .value(QStringLiteral("remark"))
                .toString()
                .contains(QLatin1String("published")));
    QVERIFY(g.at(4).toObject().value(QStringLiteral("biz_name")).isNull());
    QCOMPARE(status(good.id), QStringLiteral("OFFLINE"));
    QCOMPARE(status(wasOffline.id), QStringLiteral("OFFLINE"));
    QCOMPARE(status(pending.id), QStringLiteral("PUBLISH_DEVELOPING"));
    QCOMPARE(status(wrongType.id), QStringLiteral("PUBLISHED"));
    QCOMPARE(m_admin->entity(wasOffline.id).value(QStringLiteral("transitions")).toInt(),
             offlineBefore);
}

void TestSandboxApprovals::everyBizTypeCanGoOffline()
{
    QList<Ref> all;
    for (const QString &type : dataarts::bizTypes::all())
        all.append(published(type));
    const HttpResult r = offline(*m_admin, all, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().toObject().value(QStringLiteral("success")).toInt(), 40);
    for (const Ref &ref : all)
        QCOMPARE(status(ref.id), QStringLiteral("OFFLINE"));
}

void TestSandboxApprovals::resolveTakesEntityOffline()
{
    const Ref table = published();
    QCOMPARE(offline(*m_dev, {table}, false).status, 200);
    const QString approval = pendingApproval(table.id);
    QVERIFY(!approval.isEmpty());
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{approval}},
                                  {QStringLiteral("msg"), QStringLiteral("同意下线")}})
            .toJson();
    const HttpResult r = m_admin->put(m_admin->arch(QStringLiteral("approvals/action")), json,
                                      {{QStringLiteral("action-id"), QStringLiteral("resolve")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value().toObject().value(QStringLiteral("success")).toInt(), 1);
    QCOMPARE(groups(r).at(0).toObject().value(QStringLiteral("biz_id")).toString(), approval);
    QCOMPARE(status(table.id), QStringLiteral("OFFLINE"));
    QCOMPARE(m_admin->entity(table.id).value(QStringLiteral("history")).toArray(),
             (QJsonArray{QStringLiteral("PUBLISHED->OFFLINE_DEVELOPING"),
                         QStringLiteral("OFFLINE_DEVELOPING->OFFLINE")}));
    const HttpResult list =
        m_admin->get(m_admin->arch(QStringLiteral("approvals")),
                     {{QStringLiteral("biz_id"), table.id},
                      {QStringLiteral("approval_status_detail"), QStringLiteral("APPROVED")}});
    const QJsonObject a =
        approvals(list).value(QStringLiteral("records")).toArray().at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("msg")).toString(), QStringLiteral("同意下线"));
    QVERIFY(!a.value(QStringLiteral("approval_time")).toString().isEmpty());
    QVERIFY(pendingApproval(table.id).isEmpty());
}

void TestSandboxApprovals::rejectKeepsEntityPublished()
{
    const Ref table = published();
    QCOMPARE(offline(*m_dev, {table}, false).status, 200);
    const QString approval = pendingApproval(table.id);
    SandboxClient reviewer(m_sandbox);
    reviewer.setCredentials(QStringLiteral("WFAK"), "WFSK"); // any approver may decide
    const HttpResult r =
        reviewer.put(reviewer.arch(QStringLiteral("approvals/action")),
                     QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{approval}},
                                               {QStringLiteral("msg"), QString()}})
                         .toJson(),
                     {{QStringLiteral("action-id"), QStringLiteral("reject")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(status(table.id), QStringLiteral("PUBLISHED"));
    const HttpResult list =
        m_admin->get(m_admin->arch(QStringLiteral("approvals")),
                     {{QStringLiteral("biz_id"), table.id},
                      {QStringLiteral("approval_status"), QStringLiteral("FINISHED")}});
    QCOMPARE(approvals(list)
                 .value(QStringLiteral("records"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("approval_status"))
                 .toString(),
             QStringLiteral("REJECT"));
}

void TestSandboxApprovals::onlyApproversDecide()
{
    const Ref table = published();
    QCOMPARE(offline(*m_dev, {table}, false).status, 200);
    const QString approval = pendingApproval(table.id);
    const HttpResult r =
        m_dev->put(m_dev->arch(QStringLiteral("approvals/action")),
                   QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{approval}},
                                             {QStringLiteral("msg"), QStringLiteral("ok")}})
                       .toJson(),
                   {{QStringLiteral("action-id"), QStringLiteral("resolve")}});
    QCOMPARE(r.status, 403);
    QVERIFY(r.errorMessage().contains(QLatin1String("dev1")));
    QCOMPARE(status(table.id), QStringLiteral("OFFLINE_DEVELOPING"));
}

void TestSandboxApprovals::actionValidation()
{
    const QString path = m_admin->arch(QStringLiteral("approvals/action"));
    const QByteArray ok = R"({"ids":["1300000000000000001"],"msg":"m"})";
    struct Case {
        QueryItems query;
        QByteArray json;
        QString field;
    };
    const QList<Case> cases = {
        {{}, ok, QStringLiteral("action-id")},
        {{{QStringLiteral("action-id"), QStringLiteral("approve")}},
         ok,
         QStringLiteral("action-id")},
        {{{QStringLiteral("action-id"), QStringLiteral("resolve")}},
         R"({"ids":[],"msg":"m"})",
         QStringLiteral("ids")},
        {{{QStringLiteral("action-id"), QStringLiteral("resolve")}},
         R"({"ids":["1","1"],"msg":"m"})",
         QStringLiteral("ids")},
        {{{QStringLiteral("action-id"), QStringLiteral("resolve")}},
         R"({"ids":["1"]})",
         QStringLiteral("msg")},
        {{{QStringLiteral("action-id"), QStringLiteral("resolve")}},
         QByteArray(R"({"ids":["1"],"msg":")") + QByteArray(501, 'x') + "\"}",
         QStringLiteral("msg")},
    };
    for (const Case &c : cases) {
        const HttpResult r = m_admin->put(path, c.json, c.query);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(c.field), qPrintable(r.errorMessage()));
    }
    // 500 characters (Chinese ones count as one each) are fine.
    const QByteArray longest =
        QByteArray(R"({"ids":["1"],"msg":")") + QString(500, QChar(0x597D)).toUtf8() + "\"}";
    QCOMPARE(m_admin->put(path, longest, {{QStringLiteral("action-id"), QStringLiteral("resolve")}})
                 .status,
             200);
}

void TestSandboxApprovals::decidedApprovalFailsItsGroup()
{
    const Ref table = published();
    QCOMPARE(offline(*m_dev, {table}, false).status, 200);
    const QString approval = pendingApproval(table.id);
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("ids"),
                                   QJsonArray{approval, QStringLiteral("1300000000000000007")}},
                                  {QStringLiteral("msg"), QStringLiteral("ok")}})
            .toJson();
    const QueryItems resolve = {{QStringLiteral("action-id"), QStringLiteral("resolve")}};
    const HttpResult first =
        m_admin->put(m_admin->arch(QStringLiteral("approvals/action")), json, resolve);
    QCOMPARE(first.value().toObject().value(QStringLiteral("success")).toInt(), 1);
    QCOMPARE(first.value().toObject().value(QStringLiteral("failed")).toInt(), 1);
    const HttpResult again =
        m_admin->put(m_admin->arch(QStringLiteral("approvals/action")), json, resolve);
    QCOMPARE(again.value().toObject().value(QStringLiteral("success")).toInt(), 0);
    QVERIFY(groups(again)
                .at(0)
                .toObject()
                .value(QStringLiteral("remark"))
                .toString()
                .contains(QLatin1String("already")));
    QCOMPARE(m_admin->entity(table.id).value(QStringLiteral("transitions")).toInt(), 2);
}

void TestSandboxApprovals::onlySubmitterWithdraws()
{
    const Ref table = published();
    QCOMPARE(offline(*m_dev, {table}, false).status, 200);
    const QString approval = pendingApproval(table.id);
    const QString path = m_admin->arch(QStringLiteral("approvals"));
    const HttpResult refused = m_admin->put(path, {}, {{QStringLiteral("ids"), approval}});
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.errorMessage().contains(QLatin1String("dev1")),
             qPrintable(refused.errorMessage()));
    QCOMPARE(status(table.id), QStringLiteral("OFFLINE_DEVELOPING"));

    const HttpResult unknown = m_dev->put(
        path, {}, {{QStringLiteral("ids"), approval + QStringLiteral(",1300000000000000003")}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(status(table.id), QStringLiteral("OFFLINE_DEVELOPING")); // all or nothing

    const HttpResult ok = m_dev->put(path, {}, {{QStringLiteral("ids"), approval}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.value().toString(), QStringLiteral("1"));
    QCOMPARE(status(table.id), QStringLiteral("PUBLISHED"));
    const HttpResult list =
        m_admin->get(path, {{QStringLiteral("biz_id"), table.id},
                            {QStringLiteral("create_by"), QStringLiteral("dev1")}});
    QCOMPARE(approvals(list)
                 .value(QStringLiteral("records"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("approval_status"))
                 .toString(),
             QStringLiteral("WITHDREW"));
    QCOMPARE(m_dev->put(path, {}, {}).status, 400); // ids required
}

void TestSandboxApprovals::batchPublishMirrorsOffline()
{
    const QString path = m_admin->arch(QStringLiteral("approvals/batch-publish"));
    const auto first = [&](const char *status) {
        return Ref{m_admin
                       ->findEntities(QStringLiteral("biz_type=TABLE_MODEL&status=%1&limit=1")
                                          .arg(QLatin1String(status)))
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toString(),
                   QStringLiteral("TABLE_MODEL")};
    };
    const Ref draft = first("DRAFT");
    const HttpResult fast = m_admin->post(path, body({draft}, true));
    QCOMPARE(fast.value().toObject().value(QStringLiteral("operation_type")).toString(),
             QStringLiteral("PUBLISH"));
    QCOMPARE(status(draft.id), QStringLiteral("PUBLISHED"));

    const Ref off = first("OFFLINE");
    QCOMPARE(m_dev->post(path, body({off}, true)).status, 200);
    QCOMPARE(status(off.id), QStringLiteral("PUBLISH_DEVELOPING"));
    const QString approval = pendingApproval(off.id);
    QVERIFY(!approval.isEmpty());
    QCOMPARE(m_admin
                 ->put(m_admin->arch(QStringLiteral("approvals/action")),
                       QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{approval}},
                                                 {QStringLiteral("msg"), QStringLiteral("ok")}})
                           .toJson(),
                       {{QStringLiteral("action-id"), QStringLiteral("reject")}})
                 .status,
             200);
    QCOMPARE(status(off.id), QStringLiteral("REJECT"));

    const Ref already = published();
    const HttpResult again = m_admin->post(path, body({already}, true));
    QCOMPARE(groups(again).at(0).toObject().value(QStringLiteral("operation_status")).toString(),
             QStringLiteral("FAILED"));
    QVERIFY(groups(again)
                .at(0)
                .toObject()
                .value(QStringLiteral("remark"))
                .toString()
                .contains(QLatin1String("already published")));
}

void TestSandboxApprovals::approvalListFilters()
{
    const QString path = m_admin->arch(QStringLiteral("approvals"));
    const int all = approvals(m_admin->get(path)).value(QStringLiteral("total")).toInt();
    QVERIFY(all > 0);
    const int developing =
        approvals(
            m_admin->get(path, {{QStringLiteral("approval_status"), QStringLiteral("DEVELOPING")}}))
            .value(QStringLiteral("total"))
            .toInt();
    const int finished =
        approvals(
            m_admin->get(path, {{QStringLiteral("approval_status"), QStringLiteral("FINISHED")}}))
            .value(QStringLiteral("total"))
            .toInt();
    QCOMPARE(developing + finished, all);
    const HttpResult mine =
        m_admin->get(path, {{QStringLiteral("create_by"), QStringLiteral("dev1")},
                            {QStringLiteral("approval_type"), QStringLiteral("OFFLINE")},
                            {QStringLiteral("biz_type"), QStringLiteral("TABLE_MODEL")}});
    const QJsonArray records = approvals(mine).value(QStringLiteral("records")).toArray();
    QVERIFY(!records.isEmpty());
    for (const QJsonValue &v : records) {
        QCOMPARE(v.toObject().value(QStringLiteral("create_by")).toString(),
                 QStringLiteral("dev1"));
        QCOMPARE(v.toObject().value(QStringLiteral("approval_type")).toString(),
                 QStringLiteral("OFFLINE"));
        QCOMPARE(v.toObject().value(QStringLiteral("biz_type")).toString(),
                 QStringLiteral("TABLE_MODEL"));
    }
    // Newest first: the withdrawn one of onlySubmitterWithdraws is not older than any other.
    const QString name = records.at(0).toObject().value(QStringLiteral("name_en")).toString();
    QVERIFY(approvals(m_admin->get(path, {{QStringLiteral("name"), name}}))
                .value(QStringLiteral("total"))
                .toInt() >= 1);
    for (const QueryItems &bad : QList<QueryItems>{
             {{QStringLiteral("approval_status"), QStringLiteral("DONE")}},
             {{QStringLiteral("approval_type"), QStringLiteral("DELETE")}},
             {{QStringLiteral("biz_type"), QStringLiteral("TABLE")}},
             {{QStringLiteral("begin_time"), QStringLiteral("2024-01-01T00:00:00Z")}}}) {
        QCOMPARE(m_admin->get(path, bad).status, 400);
    }
    const int inRange =
        approvals(m_admin->get(
                      path, {{QStringLiteral("begin_time"), QStringLiteral("2000-01-01T00:00:00Z")},
                             {QStringLiteral("end_time"), QStringLiteral("2100-01-01T00:00:00Z")}}))
            .value(QStringLiteral("total"))
            .toInt();
    QCOMPARE(inRange, all);
}

QTEST_GUILESS_MAIN(TestSandboxApprovals)
#include "tst_sandbox_approvals.moc"
