// The strict streaming decoders: every DTO from a documented body, unknown enum values
// kept raw, ids kept digit for digit, wrong types and missing required fields reported
// with their path, syntax errors told apart as malformed or cut short.
#include "dto/AllTable.h"
#include "dto/ApiActionInstance.h"
#include "dto/ApiDetail.h"
#include "dto/ApiOverview.h"
#include "dto/ApplyRecord.h"
#include "dto/Approval.h"
#include "dto/Approver.h"
#include "dto/BatchOperation.h"
#include "dto/DataArtsInstance.h"
#include "dto/DataArtsWorkspace.h"
#include "dto/DesignModel.h"
#include "dto/Envelopes.h"
#include "dto/IamToken.h"
#include "dto/ServiceCluster.h"
#include "dto/TableModel.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace dataarts;
using Problem = DecodeError::Problem;

namespace {

template <typename T>
bool one(const QByteArray &json, T *out, DecodeError *error)
{
    return envelope::documentOf(json, out, error);
}

BatchOperation batchValue(const QByteArray &body, DecodeError *error)
{
    BatchOperation op;
    envelope::architectureValue(
        body, [&op](JsonStream &s) { BatchOperation::decode(s, &op); }, error);
    return op;
}

} // namespace

class TestDtoDecoders : public QObject
{
    Q_OBJECT
private slots:
    void bigIntegersKeepEveryDigit();
    void idsRefuseRealNumbers();
    void syntaxErrors_data();
    void syntaxErrors();
    void stringsAndEscapes();
    void deepNestingRefused();
    void allTablesPage();
    void allTablesUnknownStatusKeepsRaw();
    void allTablesWrongTypeNamesPath();
    void allTablesMissingRequiredId();
    void membersInAnyOrder();
    void architectureEnvelopeErrors();
    void tableModelAndModels();
    void approvalsAndApprovers();
    void batchOperationWithGroups();
    void batchOperationDepthLimited();
    void apiOverviewWithPublishMessages();
    void apiDetailKeepsRaw();
    void dataServiceEnvelopes();
    void applyRecordEpochMs();
    void discoveryRecords();
    void iamToken();
    void isoDateTimes();
    void enumsRoundTrip();
};

void TestDtoDecoders::bigIntegersKeepEveryDigit()
{
    // 2^63 + 1, a 20-digit id and 2^53 + 1: a double would round all of them.
    const QByteArray body = R"({"data":{"value":{"total":3,"records":[
        {"id":9223372036854775809,"name":"a"},
        {"id":12345678901234567890,"name":"b"},
        {"id":9007199254740993,"name":"c"}]}}})";
    Page<AllTable> page;
    DecodeError error;
    QVERIFY2(envelope::architecturePageOf(body, &page, &error), qPrintable(error.toString()));
    QCOMPARE(page.records.size(), 3);
    QCOMPARE(page.records[0].id, QStringLiteral("9223372036854775809"));
    QCOMPARE(page.records[1].id, QStringLiteral("12345678901234567890"));
    QCOMPARE(page.records[2].id, QStringLiteral("9007199254740993"));
    QCOMPARE(page.total, 3);
    // A total beyond qint64 is refused rather than wrapped.
    QVERIFY(!envelope::architecturePageOf(
        R"({"data":{"value":{"total":99999999999999999999,"records":[]}}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.total"));
}

void TestDtoDecoders::idsRefuseRealNumbers()
{
    AllTable t;
    DecodeError error;
    QVERIFY(!one(R"({"id":1.5e300})", &t, &error));
    QCOMPARE(error.path, QStringLiteral("id"));
    QCOMPARE(error.problem, Problem::Shape);
    QVERIFY(!one(R"({"id":true})", &t, &error));
    QVERIFY(!one(R"({"id":12.5})", &t, &error));
    QVERIFY(!one(R"({"id":""})", &t, &error));
    QVERIFY(error.reason.contains(QLatin1String("missing")));
}

void TestDtoDecoders::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("cut in array") << QByteArray(
                                         R"({"data":{"value":{"total":3,"records":[{"id":"1"},)")
                                  << Problem::Truncated;
    QTest::newRow("cut in string") << QByteArray(R"({"data":{"value":"abc)") << Problem::Truncated;
    QTest::newRow("cut in number")
        << QByteArray(R"({"data":{"value":{"total":12)") << Problem::Truncated;
    QTest::newRow("cut in literal") << QByteArray(R"({"data":{"value":nu)") << Problem::Truncated;
    QTest::newRow("cut in utf-8") << QByteArray("{\"data\":\"\xe5\xae") << Problem::Truncated;
    QTest::newRow("empty") << QByteArray("") << Problem::Truncated;
    QTest::newRow("missing colon") << QByteArray(R"({"data" {"value":1}})") << Problem::Malformed;
    QTest::newRow("trailing comma")
        << QByteArray(R"({"data":{"value":[1,]}})") << Problem::Malformed;
    QTest::newRow("garbage after")
        << QByteArray(R"({"data":{"value":1}}xyz)") << Problem::Malformed;
    QTest::newRow("bad escape") << QByteArray(R"({"data":"\q"})") << Problem::Malformed;
    QTest::newRow("lone surrogate") << QByteArray(R"({"data":"\ud800x"})") << Problem::Malformed;
    QTest::newRow("bad utf-8") << QByteArray("{\"data\":\"\xff\"}") << Problem::Malformed;
    QTest::newRow("overlong utf-8") << QByteArray("{\"data\":\"\xc0\xaf\"}") << Problem::Malformed;
    QTest::newRow("control char") << QByteArray("{\"data\":\"a\nb\"}") << Problem::Malformed;
    QTest::newRow("leading zero") << QByteArray(R"({"data":{"value":{"total":01}}})")
                                  << Problem::Malformed;
    QTest::newRow("single quotes") << QByteArray(R"({'data':1})") << Problem::Malformed;
    QTest::newRow("html") << QByteArray("<html></html>") << Problem::Malformed;
    QTest::newRow("overflowing number")
        << QByteArray(R"({"data":{"value":{"total":1e999}}})") << Problem::Malformed;
    QTest::newRow("underflowing number")
        << QByteArray(R"({"data":[1.5e-400]})") << Problem::Malformed;
    QTest::newRow("scalar document") << QByteArray("79") << Problem::Malformed;
}

void TestDtoDecoders::syntaxErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(Problem, problem);
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(body, &page, &error));
    QCOMPARE(error.problem, problem);
    QVERIFY(error.offset >= 0);
    if (problem == Problem::Truncated)
        QCOMPARE(error.offset, body.size());
}

void TestDtoDecoders::stringsAndEscapes()
{
    AllTable t;
    DecodeError error;
    QVERIFY2(one(R"({"id":"1","name":"a\"b\\c\/d\n\u00e9\u4e2d\ud83d\ude00","code":"客户表"})", &t,
                 &error),
             qPrintable(error.toString()));
    QCOMPARE(t.name, QStringLiteral("a\"b\\c/d\né中😀"));
    QCOMPARE(t.code, QStringLiteral("客户表"));
    // Escaped keys are matched by their meaning.
    QVERIFY(one(R"({"\u0069d":"7"})", &t, &error));
    QCOMPARE(t.id, QStringLiteral("7"));
}

void TestDtoDecoders::deepNestingRefused()
{
    QByteArray body = R"({"id":"1","x":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    AllTable t;
    DecodeError error;
    QVERIFY(!one(body, &t, &error));
    QVERIFY(error.reason.contains(QLatin1String("deep")));
}

void TestDtoDecoders::allTablesPage()
{
    const QByteArray body = R"({"data":{"value":{"total":1,"records":[{
        "id":"885123875376193536","name":"客户信息表","code":"dwd_customer","biz_type":"TABLE_MODEL",
        "status":"PUBLISHED","db_name":"dwd","dw_type":"DLI","workspace_id":"e6a6b5d4f1b0",
        "update_time":"2024-03-01T10:45:53+08:00","extra_field":{"ignored":[true,null,1.5e3]}}]}}})";
    Page<AllTable> page;
    DecodeError error;
    QVERIFY2(envelope::architecturePageOf(body, &page, &error), qPrintable(error.toString()));
    const AllTable &t = page.records.first();
    QCOMPARE(t.id, QStringLiteral("885123875376193536"));
    QCOMPARE(t.name, QStringLiteral("客户信息表"));
    QCOMPARE(t.code, QStringLiteral("dwd_customer"));
    QCOMPARE(t.bizType, QStringLiteral("TABLE_MODEL"));
    QVERIFY(t.status == BizStatus::Published);
    QCOMPARE(t.dbName, QStringLiteral("dwd"));
    QCOMPARE(t.dwType, QStringLiteral("DLI"));
    QCOMPARE(t.updateTime, QDateTime(QDate(2024, 3, 1), QTime(2, 45, 53), QTimeZone::utc()));
}

void TestDtoDecoders::allTablesUnknownStatusKeepsRaw()
{
    AllTable t;
    DecodeError error;
    QVERIFY(one(R"({"id":"1","status":"ARCHIVED_NEW"})", &t, &error));
    QVERIFY(!t.status.isKnown());
    QCOMPARE(t.status.raw, QStringLiteral("ARCHIVED_NEW"));
    AllTable u;
    QVERIFY(one(R"({"id":"1","status":null})", &u, &error));
    QVERIFY(u.status.isEmpty());
}

void TestDtoDecoders::allTablesWrongTypeNamesPath()
{
    const QByteArray body =
        R"({"data":{"value":{"total":2,"records":[{"id":"1"},{"id":"2","status":7}]}}})";
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(body, &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records[1].status"));
    QCOMPARE(error.problem, Problem::Shape);
    QVERIFY(error.reason.contains(QLatin1String("string")));
}

void TestDtoDecoders::allTablesMissingRequiredId()
{
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(
        R"({"data":{"value":{"total":1,"records":[{"name":"x"}]}}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records[0].id"));
    QVERIFY(!envelope::architecturePageOf(
        R"({"data":{"value":{"total":1,"records":[{"id":null}]}}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records[0].id"));
}

void TestDtoDecoders::membersInAnyOrder()
{
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(envelope::architecturePageOf(
        R"({"x":1,"data":{"value":{"records":[{"name":"n","id":"5"}],"total":1},"y":[]}})", &page,
        &error));
    QCOMPARE(page.total, 1);
    QCOMPARE(page.records.first().id, QStringLiteral("5"));
}

void TestDtoDecoders::architectureEnvelopeErrors()
{
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(R"({"value":{}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data"));
    QVERIFY(!envelope::architecturePageOf(R"({"data":{"value":{"records":[]}}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.total"));
    QVERIFY(!envelope::architecturePageOf(R"({"data":{"value":{"total":5}}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records"));
    QVERIFY(!envelope::architecturePageOf(R"({"data":{"value":{"total":-1,"records":[]}}})", &page,
                                          &error));
    QVERIFY(!envelope::architecturePageOf(R"([1,2])", &page, &error));
    QCOMPARE(error.problem, Problem::Shape);
    QVERIFY(!envelope::architecturePageOf(R"({"data":{"value":[]}})", &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value"));
    // An empty listing may leave records out.
    Page<AllTable> empty;
    QVERIFY(envelope::architecturePageOf(R"({"data":{"value":{"total":0}}})", &empty, &error));
    QCOMPARE(empty.total, 0);
}

void TestDtoDecoders::tableModelAndModels()
{
    TableModel m;
    DecodeError error;
    QVERIFY(one(R"({"id":"11","model_id":"22","tb_name":"t","logic_tb_name":"逻辑","code":"c",
        "status":"OFFLINE","dw_type":"DWS","db_name":"db","owner":"o","env_type":"PROD_TYPE",
        "create_time":"2021-08-09T10:45:53+08:00"})",
                &m, &error));
    QCOMPARE(m.modelId, QStringLiteral("22"));
    QVERIFY(m.status == BizStatus::Offline);
    QVERIFY(m.envType == EnvType::Prod);
    QVERIFY(m.createTime.isValid());

    Page<DesignModel> models;
    QVERIFY(envelope::architecturePageOf(R"({"data":{"value":{"total":1,"records":[
        {"id":"5","name":"关系模型","type":"THIRD_NF","dw_type":"DLI"}]}}})",
                                         &models, &error));
    QVERIFY(models.records.first().type == ModelType::ThirdNf);
}

void TestDtoDecoders::approvalsAndApprovers()
{
    Approval a;
    DecodeError error;
    QVERIFY(one(R"({"id":"1","biz_id":"885123875376193536","biz_type":"TABLE_MODEL",
        "biz_status":"OFFLINE_DEVELOPING","approval_status":"DEVELOPING","approval_type":"OFFLINE",
        "submit_time":"2021-08-09T10:45:53+08:00","create_by":"dev","approver":"boss","biz_version":3})",
                &a, &error));
    QVERIFY(a.approvalStatus == ApprovalStatus::Developing);
    QVERIFY(a.approvalType == ApprovalType::Offline);
    QVERIFY(a.bizStatus == BizStatus::OfflineDeveloping);
    QCOMPARE(a.bizVersion, 3);
    QCOMPARE(a.submitTime, QDateTime(QDate(2021, 8, 9), QTime(2, 45, 53), QTimeZone::utc()));

    Approver u;
    QVERIFY(one(R"({"id":"9","approver_name":"张三","user_id":"u1","user_type":"APPROVER"})", &u,
                &error));
    QVERIFY(u.userType == ApproverUserType::Approver);
    QCOMPARE(u.approverName, QStringLiteral("张三"));
}

void TestDtoDecoders::batchOperationWithGroups()
{
    DecodeError error;
    const BatchOperation op =
        batchValue(R"({"data":{"value":{"id":"1","group_id":"g-77","operation_status":"FAILED",
        "total":2,"success":1,"failed":1,"rate":"50%","groups":[
        {"biz_id":"885123875376193536","operation_status":"SUCCESS","remark":""},
        {"biz_id":"885123875376193537","operation_status":"FAILED","remark":"对象已下线"}]}}})",
                   &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(op.groupId, QStringLiteral("g-77"));
    QVERIFY(op.operationStatus == OperationStatus::Failed);
    QCOMPARE(op.total, 2);
    QCOMPARE(op.rate, QStringLiteral("50%"));
    QCOMPARE(op.groups.size(), 2);
    QCOMPARE(op.groups[1].remark, QStringLiteral("对象已下线"));
    QVERIFY(op.groups[0].operationStatus == OperationStatus::Success);

    batchValue(R"({"data":{"value":{"groups":[{"total":"x"}]}}})", &error);
    QCOMPARE(error.path, QStringLiteral("data.value.groups[0].total"));
    const BatchOperation numericRate = batchValue(R"({"data":{"value":{"rate":0.5}}})", &error);
    QCOMPARE(numericRate.rate, QStringLiteral("0.5"));
}

void TestDtoDecoders::batchOperationDepthLimited()
{
    QByteArray value = "{}";
    for (int i = 0; i < 20; ++i)
        value = R"({"groups":[)" + value + "]}";
    DecodeError error;
    batchValue(R"({"data":{"value":)" + value + "}}", &error);
    QVERIFY(error.isError());
    QVERIFY(error.reason.contains(QLatin1String("deep")));
}

void TestDtoDecoders::apiOverviewWithPublishMessages()
{
    const QByteArray body =
        R"({"total":1,"records":[{"id":"a1","name":"查询客户","type":"API_SPECIFIC_TYPE_SCRIPT",
        "manager":"sandbox_admin","create_time":1709280000000,"publish_messages":[
        {"id":"p1","api_id":"a1","instance_id":"c1","instance_name":"集群一","api_status":"API_STATUS_PUBLISHED","api_debug":"API_DEBUG_SUCCESS"},
        {"id":"p2","api_id":"a1","instance_id":"c2","api_status":"API_STATUS_FUTURE_STATE"}]}]})";
    Page<ApiOverview> page;
    DecodeError error;
    QVERIFY2(envelope::topLevelPageOf(body, "records", "total", &page, &error),
             qPrintable(error.toString()));
    const ApiOverview &api = page.records.first();
    QVERIFY(api.type == ApiType::Script);
    QCOMPARE(api.createTime, QDateTime::fromMSecsSinceEpoch(1709280000000, QTimeZone::utc()));
    QCOMPARE(api.publishMessages.size(), 2);
    QVERIFY(api.publishMessages[0].apiStatus == ApiStatus::Published);
    QVERIFY(api.publishMessages[0].apiDebug == ApiDebugStatus::Success);
    QVERIFY(!api.publishMessages[1].apiStatus.isKnown());
    QCOMPARE(api.publishMessages[1].apiStatus.raw, QStringLiteral("API_STATUS_FUTURE_STATE"));

    QVERIFY(!envelope::topLevelPageOf(
        R"({"total":1,"records":[{"id":"a","publish_messages":[{"api_status":"x"}]}]})", "records",
        "total", &page, &error));
    QCOMPARE(error.path, QStringLiteral("records[0].publish_messages[0].instance_id"));
}

void TestDtoDecoders::apiDetailKeepsRaw()
{
    ApiDetail d;
    DecodeError error;
    QVERIFY(ApiDetail::decodeDocument(R"({"id":"a1","name":"n","backend_config":{"x":1}})", &d,
                                      &error));
    QCOMPARE(d.overview.id, QStringLiteral("a1"));
    QVERIFY(d.raw.contains(QLatin1String("backend_config")));
    QVERIFY(!ApiDetail::decodeDocument(R"({"name":"n"})", &d, &error));
}

void TestDtoDecoders::dataServiceEnvelopes()
{
    Page<ApiActionInstance> instances;
    DecodeError error;
    QVERIFY(envelope::topLevelPageOf(
        R"({"instances":[{"instance_id":"c1","name":"x","action":"STOP","result":true,
        "api_status":"API_STATUS_PUBLISHED"},{"instance_id":"c2","result":false,"cause":"已停用"}]})",
        "instances", "", &instances, &error));
    QCOMPARE(instances.total, -1);
    QVERIFY(instances.records[0].result);
    QVERIFY(instances.records[0].action == ApiAction::Stop);
    QCOMPARE(instances.records[1].cause, QStringLiteral("已停用"));

    Page<ServiceCluster> clusters;
    QVERIFY(
        envelope::topLevelPageOf(R"({"total":1,"instances":[{"id":"c1","name":"集群","node_num":3,
        "current_namespace_publish_api_num":12,"api_publishable_num":100}]})",
                                 "instances", "total", &clusters, &error));
    QCOMPARE(clusters.records.first().nodeNum, 3);
    QCOMPARE(clusters.records.first().publishedApiCount, 12);

    // A listing without its records array, while the total says there are some.
    Page<ServiceCluster> none;
    QVERIFY(!envelope::topLevelPageOf(R"({"total":4})", "records", "total", &none, &error));
    QCOMPARE(error.path, QStringLiteral("records"));
    QVERIFY(!envelope::topLevelPageOf(R"({"records":[]})", "records", "total", &none, &error));
    QCOMPARE(error.path, QStringLiteral("total"));
}

void TestDtoDecoders::applyRecordEpochMs()
{
    ApplyRecord r;
    DecodeError error;
    QVERIFY(one(
        R"({"id":"0f3a9c2b7d5e4f6a8b1c2d3e4f5a6b7c","api_apply_status":"STATUS_TYPE_PENDING_CHECK",
        "api_apply_type":"APPLY_TYPE_OFFLINE","api_id":"a1","api_name":"查询","apply_time":1709280000000,
        "approval_time":null,"api_using_time":"1709290000000","user_name":"dev"})",
        &r, &error));
    QVERIFY(r.status == ApplyStatus::PendingCheck);
    QVERIFY(r.type == ApplyType::Offline);
    QCOMPARE(r.applyTime, QDateTime::fromMSecsSinceEpoch(1709280000000, QTimeZone::utc()));
    QCOMPARE(r.apiUsingTime, QDateTime::fromMSecsSinceEpoch(1709290000000, QTimeZone::utc()));
    QVERIFY(!r.approvalTime.isValid());
    ApplyRecord s;
    QVERIFY(!one(R"({"id":"1","apply_time":"yesterday"})", &s, &error));
    QCOMPARE(error.path, QStringLiteral("apply_time"));
    QVERIFY(!one(R"({"id":"1","apply_time":99999999999999999})", &s, &error));
    QVERIFY(!one(R"({"id":"1","apply_time":1.5})", &s, &error));
}

void TestDtoDecoders::discoveryRecords()
{
    Page<DataArtsInstance> instances;
    DecodeError error;
    QVERIFY(envelope::topLevelPageOf(
        R"({"count":1,"commodity_order_lists":[{"resource_id":"i1","resource_name":"DAYU","status":2}]})",
        "commodity_order_lists", "count", &instances, &error));
    QCOMPARE(instances.records.first().id, QStringLiteral("i1"));
    QCOMPARE(instances.records.first().status, 2);

    Page<DataArtsWorkspace> workspaces;
    QVERIFY(envelope::topLevelPageOf(
        R"({"count":2,"total_page":1,"data":[{"id":"w1","name":"默认","is_default":1},{"id":"w2","is_default":false}]})",
        "data", "count", &workspaces, &error));
    QCOMPARE(workspaces.records[0].isDefault, 1);
    QCOMPARE(workspaces.records[1].isDefault, 0);
}

void TestDtoDecoders::iamToken()
{
    IamToken t;
    DecodeError error;
    QVERIFY(one(
        R"({"token":{"expires_at":"2026-03-02T08:00:00.000000Z","issued_at":"2026-03-01T08:00:00.000000Z",
        "methods":["password"],"catalog":[],
        "user":{"id":"u1","name":"alice","domain":{"name":"acme","id":"d"}},"project":{"id":"p1","name":"cn-north-4"}}})",
        &t, &error));
    QCOMPARE(t.userName, QStringLiteral("alice"));
    QCOMPARE(t.domainName, QStringLiteral("acme"));
    QCOMPARE(t.projectId, QStringLiteral("p1"));
    QCOMPARE(t.expiresAt, QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));
    IamToken u;
    QVERIFY(one(
        R"({"token":{"expires_at":"2026-03-02T08:00:00Z","user":{"domain":null,"name":"bob"}}})",
        &u, &error));
    QCOMPARE(u.userName, QStringLiteral("bob"));
    QVERIFY(!one(R"({"token":{}})", &u, &error));
    QCOMPARE(error.path, QStringLiteral("token.expires_at"));
}

void TestDtoDecoders::isoDateTimes()
{
    const QDateTime utc(QDate(2024, 3, 1), QTime(2, 45, 53, 120), QTimeZone::utc());
    QCOMPARE(parseIsoDateTime(QStringLiteral("2024-03-01T10:45:53.12+08:00")), utc);
    QCOMPARE(parseIsoDateTime(QStringLiteral("2024-03-01T02:45:53.120Z")), utc);
    QCOMPARE(parseIsoDateTime(QStringLiteral("2024-03-01T02:45:53.120000Z")), utc);
    QCOMPARE(parseIsoDateTime(QStringLiteral("2024-02-29T23:45:53.120-03:00")), utc);
    QCOMPARE(parseIsoDateTime(QStringLiteral("2024-03-01T10:45:53.12+0800")), utc);
    QVERIFY(!parseIsoDateTime(QStringLiteral("2024-02-30T10:45:53Z")).isValid());
    QVERIFY(
        !parseIsoDateTime(QStringLiteral("2024-03-01T10:45:53")).isValid()); // no zone: Qt decides
    QVERIFY(!parseIsoDateTime(QStringLiteral("2024-03-01T24:00:00Z")).isValid());
    AllTable t;
    DecodeError error;
    QVERIFY(one(R"({"id":"1","update_time":"2024-03-01T10:45:53"})", &t, &error)); // Qt's parser
    QVERIFY(t.updateTime.isValid());
}

void TestDtoDecoders::enumsRoundTrip()
{
    for (ApiStatus s : enumValues<ApiStatus>())
        QVERIFY(decodeEnum<ApiStatus>(enumName(s)) == s);
    for (ApplyType s : enumValues<ApplyType>())
        QVERIFY(decodeEnum<ApplyType>(enumName(s)) == s);
    QCOMPARE(enumValues<ApiStatus>().size(), 10);
    QCOMPARE(enumValues<ApplyStatus>().size(), 7);
    QCOMPARE(enumValues<ApplyType>().size(), 9);
    QCOMPARE(enumName(EnvType::DevProd), QStringLiteral("DEV_PROD_TYPE"));
    QVERIFY(enumName(EnvType::Unknown).isEmpty());
}

QTEST_GUILESS_MAIN(TestDtoDecoders)
#include "tst_dto_decoders.moc"
