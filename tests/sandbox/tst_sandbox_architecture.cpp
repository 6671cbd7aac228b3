// Architecture listings and discovery: all-tables (required type list, filters, record
// shape, every status present), table-model, the models, the approvers, instances and
// workspaces, both error shapes, ids as strings or exact numbers, and a workspace without
// the seeded data.
#include "SandboxClient.h"
#include "SandboxProcess.h"
#include "dto/BizType.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using dataarts::QueryItems;

namespace {

QueryItems types(const QStringList &names, const QueryItems &more = {})
{
    QueryItems q;
    for (const QString &n : names)
        q.append({QStringLiteral("biz_type_list"), n});
    return q + more;
}

QJsonArray records(const HttpResult &r)
{
    return r.value().toObject().value(QStringLiteral("records")).toArray();
}

int total(const HttpResult &r)
{
    return r.value().toObject().value(QStringLiteral("total")).toInt(-1);
}

} // namespace

class TestSandboxArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void allTablesNeedsTheTypeList();
    void allTablesRecordShape();
    void allTablesFilters();
    void everyKindHasEveryStatus();
    void timeRangeNeedsBothEnds();
    void tableModelNeedsModelId();
    void modelsByType();
    void approversList();
    void discovery();
    void errorsArrayShape();
    void numericIdsKeepEveryDigit();
    void workspaceWithoutData();
    void otherKindsExistForEveryBizType();

private:
    SandboxProcess m_sandbox{{QStringLiteral("--tables"), QStringLiteral("600"),
                              QStringLiteral("--apis"), QStringLiteral("20")}};
};

void TestSandboxArchitecture::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxArchitecture::allTablesNeedsTheTypeList()
{
    SandboxClient client(m_sandbox);
    const HttpResult missing = client.get(client.arch(QStringLiteral("all-tables")));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("DS.6000"));
    QVERIFY(missing.errorMessage().contains(QLatin1String("biz_type_list")));
    QVERIFY(missing.json().contains(QStringLiteral("data"))); // {error_code, error_msg, data}
    const HttpResult wrong = client.get(client.arch(QStringLiteral("all-tables")),
                                        types({QStringLiteral("ATOMIC_INDEX")}));
    QCOMPARE(wrong.status, 400);
    QVERIFY(wrong.errorMessage().contains(QLatin1String("ATOMIC_INDEX")));
    // Comma-joined values are not repeated keys.
    const HttpResult joined = client.get(client.arch(QStringLiteral("all-tables")),
                                         types({QStringLiteral("TABLE_MODEL,FACT_LOGIC_TABLE")}));
    QCOMPARE(joined.status, 400);
}

void TestSandboxArchitecture::allTablesRecordShape()
{
    SandboxClient client(m_sandbox);
    const HttpResult r = client.get(
        client.arch(QStringLiteral("all-tables")),
        types({QStringLiteral("TABLE_MODEL")}, {{QStringLiteral("limit"), QStringLiteral("100")}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonArray list = records(r);
    QCOMPARE(list.size(), qMin(100, total(r)));
    const QRegularExpression id(QStringLiteral("^\\d{18,19}$"));
    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    const QStringList statuses = {QStringLiteral("DRAFT"),     QStringLiteral("PUBLISH_DEVELOPING"),
                                  QStringLiteral("PUBLISHED"), QStringLiteral("OFFLINE_DEVELOPING"),
                                  QStringLiteral("OFFLINE"),   QStringLiteral("REJECT")};
    bool chinese = false;
    bool english = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("id")).isString());
        QVERIFY(id.match(o.value(QStringLiteral("id")).toString()).hasMatch());
        QCOMPARE(o.value(QStringLiteral("biz_type")).toString(), QStringLiteral("TABLE_MODEL"));
        QVERIFY(statuses.contains(o.value(QStringLiteral("status")).toString()));
        QVERIFY(!o.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("db_name")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("dw_type")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("workspace_id")).toString(), m_sandbox.workspace());
        QVERIFY(time.match(o.value(QStringLiteral("update_time")).toString()).hasMatch());
        const QString name = o.value(QStringLiteral("name")).toString();
        chinese =
            chinese || name.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
        english = english || name.contains(QRegularExpression(QStringLiteral("^[A-Za-z]")));
    }
    QVERIFY(chinese);
    QVERIFY(english);
}

void TestSandboxArchitecture::allTablesFilters()
{
    SandboxClient client(m_sandbox);
    const QString path = client.arch(QStringLiteral("all-tables"));
    const QStringList two = {QStringLiteral("TABLE_MODEL"), QStringLiteral("FACT_LOGIC_TABLE")};
    const int both = total(client.get(path, types(two)));
    const int physical = total(client.get(path, types({two.at(0)})));
    const int facts = total(client.get(path, types({two.at(1)})));
    QVERIFY(physical > 0 && facts > 0);
    QCOMPARE(both, physical + facts);

    const HttpResult published =
        client.get(path, types(two, {{QStringLiteral("status"), QStringLiteral("PUBLISHED")},
                                     {QStringLiteral("limit"), QStringLiteral("100")}}));
    QVERIFY(total(published) > 0 && total(published) < both);
    for (const QJsonValue &v : records(published))
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("PUBLISHED"));
    QCOMPARE(
        client.get(path, types(two, {{QStringLiteral("status"), QStringLiteral("GONE")}})).status,
        400);

    // Fuzzy name: a piece of one record's code finds it.
    const QJsonObject sample = records(published).at(3).toObject();
    const QString code = sample.value(QStringLiteral("code")).toString();
    const HttpResult byName =
        client.get(path, types(two, {{QStringLiteral("name"), code.right(9).toUpper()}}));
    QVERIFY(total(byName) >= 1);
    bool found = false;
    for (const QJsonValue &v : records(byName))
        found =
            found || v.toObject().value(QStringLiteral("id")) == sample.value(QStringLiteral("id"));
    QVERIFY(found);

    const QString author = sample.value(QStringLiteral("create_by")).toString();
    const HttpResult byAuthor =
        client.get(path, types(two, {{QStringLiteral("create_by"), author},
                                     {QStringLiteral("limit"), QStringLiteral("100")}}));
    QVERIFY(total(byAuthor) > 0 && total(byAuthor) < both);
    for (const QJsonValue &v : records(byAuthor))
        QCOMPARE(v.toObject().value(QStringLiteral("create_by")).toString(), author);
}

void TestSandboxArchitecture::everyKindHasEveryStatus()
{
    SandboxClient client(m_sandbox);
    for (const QString &type : dataarts::bizTypes::tableTypes()) {
        for (const char *status : {"DRAFT", "PUBLISH_DEVELOPING", "PUBLISHED", "OFFLINE_DEVELOPING",
                                   "OFFLINE", "REJECT"}) {
            const HttpResult r = client.get(
                client.arch(QStringLiteral("all-tables")),
                types({type}, {{QStringLiteral("status"), QString::fromLatin1(status)}}));
            QVERIFY2(total(r) > 0, qPrintable(type + QLatin1Char(' ') + QLatin1String(status)));
        }
    }
}

void TestSandboxArchitecture::timeRangeNeedsBothEnds()
{
    SandboxClient client(m_sandbox);
    const QString path = client.arch(QStringLiteral("all-tables"));
    const QStringList kinds = {QStringLiteral("TABLE_MODEL")};
    QCOMPARE(client
                 .get(path, types(kinds, {{QStringLiteral("begin_time"),
                                           QStringLiteral("2024-01-01T00:00:00Z")}}))
                 .status,
             400);
    QCOMPARE(client
                 .get(path,
                      types(kinds,
                            {{QStringLiteral("begin_time"), QStringLiteral("yesterday")},
                             {QStringLiteral("end_time"), QStringLiteral("2030-01-01T00:00:00Z")}}))
                 .status,
             400);
    const int all = total(client.get(path, types(kinds)));
    const int wide = total(client.get(
        path,
        types(kinds, {{QStringLiteral("begin_time"), QStringLiteral("2000-01-01T00:00:00Z")},
                      {QStringLiteral("end_time"), QStringLiteral("2100-01-01T00:00:00Z")}})));
    const int none = total(client.get(
        path,
        types(kinds, {{QStringLiteral("begin_time"), QStringLiteral("2000-01-01T00:00:00Z")},
                      {QStringLiteral("end_time"), QStringLiteral("2000-01-02T00:00:00Z")}})));
    QCOMPARE(wide, all);
    QCOMPARE(none, 0);
}

void TestSandboxArchitecture::tableModelNeedsModelId()
{
    SandboxClient client(m_sandbox);
    const HttpResult missing = client.get(client.arch(QStringLiteral("table-model")));
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.errorMessage().contains(QLatin1String("model_id")));

    const HttpResult models =
        client.get(client.arch(QStringLiteral("workspaces")),
                   {{QStringLiteral("workspace_type"), QStringLiteral("THIRD_NF")}});
    int seen = 0;
    for (const QJsonValue &m : records(models)) {
        const QString modelId = m.toObject().value(QStringLiteral("id")).toString();
        const HttpResult r = client.get(client.arch(QStringLiteral("table-model")),
                                        {{QStringLiteral("model_id"), modelId},
                                         {QStringLiteral("limit"), QStringLiteral("100")}});
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : records(r)) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("model_id")).toString(), modelId);
            QVERIFY(!o.value(QStringLiteral("tb_name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("logic_tb_name")).toString().isEmpty());
            ++seen;
        }
    }
    QVERIFY(seen > 0);
}

void TestSandboxArchitecture::modelsByType()
{
    SandboxClient client(m_sandbox);
    const int all = total(client.get(client.arch(QStringLiteral("workspaces"))));
    const int relational =
        total(client.get(client.arch(QStringLiteral("workspaces")),
                         {{QStringLiteral("workspace_type"), QStringLiteral("THIRD_NF")}}));
    const int dimensional =
        total(client.get(client.arch(QStringLiteral("workspaces")),
                         {{QStringLiteral("workspace_type"), QStringLiteral("DIMENSION")}}));
    QVERIFY(relational > 0 && dimensional > 0);
    QCOMPARE(relational + dimensional, all);
    QCOMPARE(client
                 .get(client.arch(QStringLiteral("workspaces")),
                      {{QStringLiteral("workspace_type"), QStringLiteral("STAR")}})
                 .status,
             400);
}

void TestSandboxArchitecture::approversList()
{
    SandboxClient client(m_sandbox);
    const HttpResult r = client.get(client.arch(QStringLiteral("approvals/users")));
    QCOMPARE(r.status, 200);
    QVERIFY(total(r) >= 2);
    bool admin = false;
    for (const QJsonValue &v : records(r)) {
        const QJsonObject o = v.toObject();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                    .match(o.value(QStringLiteral("user_id")).toString())
                    .hasMatch());
        QVERIFY(
            o.value(QStringLiteral("user_type")).toString().contains(QLatin1String("APPROVER")));
        admin = admin || (o.value(QStringLiteral("approver_name")).toString() ==
                              QLatin1String("sandbox_admin") &&
                          o.value(QStringLiteral("user_id")).toString() ==
                              m_sandbox.value(QStringLiteral("user_id")));
    }
    QVERIFY(admin);
    const HttpResult filtered =
        client.get(client.arch(QStringLiteral("approvals/users")),
                   {{QStringLiteral("approver_name"), QStringLiteral("wang")}});
    QCOMPARE(total(filtered), 1);
}

void TestSandboxArchitecture::discovery()
{
    SandboxClient client(m_sandbox);
    client.setWorkspace(QString());
    const HttpResult instances =
        client.get(QStringLiteral("/v1/%1/instances").arg(m_sandbox.projectId()));
    QCOMPARE(instances.status, 200);
    const QJsonArray list =
        instances.json().value(QStringLiteral("commodity_order_lists")).toArray();
    QCOMPARE(instances.json().value(QStringLiteral("count")).toInt(), list.size());
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("resource_id")).toString(),
             m_sandbox.instanceId());
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toInt(), 2);

    const HttpResult workspaces = client.get(
        QStringLiteral("/v1/%1/workspaces/%2").arg(m_sandbox.projectId(), m_sandbox.instanceId()));
    QCOMPARE(workspaces.status, 200);
    const QJsonArray data = workspaces.json().value(QStringLiteral("data")).toArray();
    QVERIFY(data.size() >= 2);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), m_sandbox.workspace());
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("is_default")).toInt(), 1);
    QCOMPARE(workspaces.json().value(QStringLiteral("total_page")).toInt(), 1);

    const HttpResult unknown =
        client.get(QStringLiteral("/v1/%1/workspaces/nope").arg(m_sandbox.projectId()));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("DLM.4001"));
}

void TestSandboxArchitecture::errorsArrayShape()
{
    SandboxProcess sandbox({QStringLiteral("--error-shape"), QStringLiteral("errors"),
                            QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    const HttpResult r = client.get(client.arch(QStringLiteral("all-tables")));
    QCOMPARE(r.status, 400);
    const QJsonObject body = r.json();
    QVERIFY(!body.contains(QStringLiteral("error_code")));
    const QJsonObject first = body.value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("error_code")).toString(), QStringLiteral("DS.6000"));
    QVERIFY(first.value(QStringLiteral("error_msg"))
                .toString()
                .contains(QLatin1String("biz_type_list")));
    // DataService keeps its own shape.
    const HttpResult ds = client.get(client.ds(QStringLiteral("apis/none")));
    QCOMPARE(ds.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("DLM.4018"));
}

void TestSandboxArchitecture::numericIdsKeepEveryDigit()
{
    SandboxProcess sandbox(
        {QStringLiteral("--numeric-ids"), QStringLiteral("--tables"), QStringLiteral("50")});
    QVERIFY(sandbox.start());
    SandboxClient client(sandbox);
    const HttpResult r =
        client.get(client.arch(QStringLiteral("all-tables")),
                   types({QStringLiteral("TABLE_MODEL")},
                         {{QStringLiteral("status"), QStringLiteral("PUBLISHED")}}));
    QCOMPARE(r.status, 200);
    const QJsonValue id = records(r).at(0).toObject().value(QStringLiteral("id"));
    QVERIFY(id.isDouble());
    const qint64 exact = id.toInteger();
    QVERIFY(exact > (qint64(1) << 53));
    QVERIFY(r.body.contains(QByteArray("\"id\":" + QByteArray::number(exact))));
    // The exact number names the entity; the double-rounded one does not.
    QCOMPARE(client.entity(QString::number(exact)).value(QStringLiteral("status")).toString(),
             QStringLiteral("PUBLISHED"));
    const qint64 rounded = qint64(id.toDouble());
    if (rounded != exact)
        QVERIFY(client.entity(QString::number(rounded)).contains(QStringLiteral("error")));

    // A batch accepts the number and answers with numbers.
    const QByteArray body = "{\"biz_infos\":[{\"biz_id\":" + QByteArray::number(exact) +
                            ",\"biz_type\":\"TABLE_MODEL\"}],\"approver_user_id\":\"" +
                            sandbox.value(QStringLiteral("user_id")).toLatin1() +
                            "\",\"approver_user_name\":\"sandbox_admin\",\"fast_approval\":true}";
    const HttpResult batch =
        client.post(client.arch(QStringLiteral("approvals/batch-offline")), body);
    QCOMPARE(batch.status, 200);
    const QJsonObject group =
        batch.value().toObject().value(QStringLiteral("groups")).toArray().at(0).toObject();
    QCOMPARE(group.value(QStringLiteral("operation_status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(group.value(QStringLiteral("biz_id")).isDouble());
    QCOMPARE(group.value(QStringLiteral("biz_id")).toInteger(), exact);
    QVERIFY(batch.value().toObject().value(QStringLiteral("group_id")).isDouble());
}

void TestSandboxArchitecture::workspaceWithoutData()
{
    SandboxClient client(m_sandbox);
    client.setWorkspace(QString());
    const HttpResult ws = client.get(
        QStringLiteral("/v1/%1/workspaces/%2").arg(m_sandbox.projectId(), m_sandbox.instanceId()));
    const QString empty = ws.json()
                              .value(QStringLiteral("data"))
                              .toArray()
                              .at(1)
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY(!empty.isEmpty());
    client.setWorkspace(empty);
    const HttpResult r = client.get(client.arch(QStringLiteral("all-tables")),
                                    types({QStringLiteral("TABLE_MODEL")}));
    QCOMPARE(r.status, 200);
    QCOMPARE(total(r), 0);
    QCOMPARE(
        client.get(client.ds(QStringLiteral("apis"))).json().value(QStringLiteral("total")).toInt(),
        0);
}

void TestSandboxArchitecture::otherKindsExistForEveryBizType()
{
    SandboxClient client(m_sandbox);
    for (const QString &type : dataarts::bizTypes::all()) {
        const QJsonArray published =
            client.findEntities(QStringLiteral("biz_type=%1&status=PUBLISHED&limit=1").arg(type));
        QVERIFY2(published.size() == 1, qPrintable(type));
        const QJsonArray offline =
            client.findEntities(QStringLiteral("biz_type=%1&status=OFFLINE&limit=1").arg(type));
        QVERIFY2(offline.size() == 1, qPrintable(type));
    }
}

QTEST_GUILESS_MAIN(TestSandboxArchitecture)
#include "tst_sandbox_architecture.moc"
