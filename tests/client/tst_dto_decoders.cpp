// The strict decoders: every DTO from a documented body, unknown enum values kept raw, ids
// kept digit for digit, wrong types and missing required fields reported with their path.
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
#include "dto/JsonParse.h"
#include "dto/ServiceCluster.h"
#include "dto/TableModel.h"

#include <QTest>
#include <QTimeZone>

using namespace dataarts;

namespace {

QJsonDocument doc(const QByteArray &json) {
    const json::ParseResult r = json::parse(json);
    if (!r.ok())
        qWarning("test JSON does not parse: %s", qPrintable(r.error.errorString()));
    return r.document;
}

} // namespace

class TestDtoDecoders : public QObject {
    Q_OBJECT
private slots:
    void bigIntegersKeepEveryDigit();
    void bigIntegersInsideStringsUntouched();
    void idReaderRefusesLossyNumbers();
    void truncatedVersusMalformed();
    void allTablesPage();
    void allTablesUnknownStatusKeepsRaw();
    void allTablesWrongTypeNamesPath();
    void allTablesMissingRequiredId();
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
    void enumsRoundTrip();
};

void TestDtoDecoders::bigIntegersKeepEveryDigit() {
    // 2^63 + 1 and a 20-digit id: beyond qint64, QJsonDocument alone would round them.
    const QByteArray body = R"({"data":{"value":{"total":2,"records":[
        {"id":9223372036854775809,"name":"a"},
        {"id":12345678901234567890,"name":"b"},
        {"id":1229920251379118081,"name":"c"}]}}})";
    Page<AllTable> page;
    DecodeError error;
    QVERIFY2(envelope::architecturePageOf(doc(body), &page, &error), qPrintable(error.toString()));
    QCOMPARE(page.records.size(), 3);
    QCOMPARE(page.records[0].id, QStringLiteral("9223372036854775809"));
    QCOMPARE(page.records[1].id, QStringLiteral("12345678901234567890"));
    QCOMPARE(page.records[2].id, QStringLiteral("1229920251379118081"));
    QCOMPARE(page.total, 2);

    // Below 19 digits the integer stays a number, read exactly through toInteger().
    const QByteArray small = R"({"id":9007199254740993})"; // 2^53 + 1
    QCOMPARE(json::quoteBigIntegers(small), small);
    AllTable t;
    QVERIFY(AllTable::decode(doc(small).object(), QString(), &t, &error));
    QCOMPARE(t.id, QStringLiteral("9007199254740993"));
}

void TestDtoDecoders::bigIntegersInsideStringsUntouched() {
    const QByteArray body =
        R"({"a":"12345678901234567890","b\"":"x\\","c":-12345678901234567890,"d":1.2345678901234567890e5})";
    const QByteArray out = json::quoteBigIntegers(body);
    QCOMPARE(
        out,
        QByteArray(
            R"({"a":"12345678901234567890","b\"":"x\\","c":"-12345678901234567890","d":1.2345678901234567890e5})"));
    // Nothing to do: the very same bytes come back.
    const QByteArray plain = R"({"id":"885123875376193536","n":12})";
    QVERIFY(json::quoteBigIntegers(plain).constData() == plain.constData());
}

void TestDtoDecoders::idReaderRefusesLossyNumbers() {
    DecodeError error;
    AllTable t;
    QVERIFY(!AllTable::decode(doc(R"({"id":1.5e300})").object(), QStringLiteral("r"), &t, &error));
    QCOMPARE(error.path, QStringLiteral("r.id"));
    error = {};
    QVERIFY(!AllTable::decode(doc(R"({"id":true})").object(), QString(), &t, &error));
    error = {};
    QVERIFY(!AllTable::decode(doc(R"({"id":12.5})").object(), QString(), &t, &error));
}

void TestDtoDecoders::truncatedVersusMalformed() {
    const json::ParseResult cut =
        json::parse(R"({"data":{"value":{"total":3,"records":[{"id":"1"},)");
    QVERIFY(!cut.ok());
    QVERIFY(cut.truncated);
    const json::ParseResult cutString = json::parse(R"({"data":{"value":"abc)");
    QVERIFY(!cutString.ok());
    QVERIFY(cutString.truncated);
    const json::ParseResult bad = json::parse(R"({"data":{"value" 3}})");
    QVERIFY(!bad.ok());
    QVERIFY(!bad.truncated);
    const json::ParseResult garbage = json::parse(R"({"a":1}xyz)");
    QVERIFY(!garbage.ok());
    QVERIFY(!garbage.truncated);
}

void TestDtoDecoders::allTablesPage() {
    const QByteArray body = R"({"data":{"value":{"total":1,"records":[{
        "id":"885123875376193536","name":"客户信息表","code":"dwd_customer","biz_type":"TABLE_MODEL",
        "status":"PUBLISHED","db_name":"dwd","dw_type":"DLI","workspace_id":"e6a6b5d4f1b0",
        "update_time":"2024-03-01T10:45:53+08:00","extra_field":{"ignored":true}}]}}})";
    Page<AllTable> page;
    DecodeError error;
    QVERIFY2(envelope::architecturePageOf(doc(body), &page, &error), qPrintable(error.toString()));
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

void TestDtoDecoders::allTablesUnknownStatusKeepsRaw() {
    AllTable t;
    DecodeError error;
    QVERIFY(AllTable::decode(doc(R"({"id":"1","status":"ARCHIVED_NEW"})").object(), QString(), &t,
                             &error));
    QVERIFY(!t.status.isKnown());
    QCOMPARE(t.status.raw, QStringLiteral("ARCHIVED_NEW"));
    QVERIFY(AllTable::decode(doc(R"({"id":"1"})").object(), QString(), &t, &error));
    QVERIFY(t.status.isEmpty());
}

void TestDtoDecoders::allTablesWrongTypeNamesPath() {
    const QByteArray body =
        R"({"data":{"value":{"total":2,"records":[{"id":"1"},{"id":"2","status":7}]}}})";
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(doc(body), &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records[1].status"));
    QVERIFY(error.reason.contains(QLatin1String("string")));
}

void TestDtoDecoders::allTablesMissingRequiredId() {
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(
        doc(R"({"data":{"value":{"total":1,"records":[{"name":"x"}]}}})"), &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records[0].id"));
}

void TestDtoDecoders::architectureEnvelopeErrors() {
    Page<AllTable> page;
    DecodeError error;
    QVERIFY(!envelope::architecturePageOf(doc(R"({"value":{}})"), &page, &error));
    QCOMPARE(error.path, QStringLiteral("data"));
    error = {};
    QVERIFY(
        !envelope::architecturePageOf(doc(R"({"data":{"value":{"records":[]}}})"), &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.total"));
    error = {};
    QVERIFY(!envelope::architecturePageOf(doc(R"({"data":{"value":{"total":5}}})"), &page, &error));
    QCOMPARE(error.path, QStringLiteral("data.value.records"));
    error = {};
    QVERIFY(!envelope::architecturePageOf(doc(R"([1,2])"), &page, &error));
    error = {};
    // An empty listing may leave records out.
    QVERIFY(envelope::architecturePageOf(doc(R"({"data":{"value":{"total":0}}})"), &page, &error));
    QCOMPARE(page.total, 0);
}

void TestDtoDecoders::tableModelAndModels() {
    TableModel m;
    DecodeError error;
    QVERIFY(TableModel::decode(
        doc(R"({"id":"11","model_id":"22","tb_name":"t","logic_tb_name":"逻辑","code":"c",
        "status":"OFFLINE","dw_type":"DWS","db_name":"db","owner":"o","env_type":"PROD_TYPE",
        "create_time":"2021-08-09T10:45:53+08:00"})")
            .object(),
        QString(), &m, &error));
    QCOMPARE(m.modelId, QStringLiteral("22"));
    QVERIFY(m.status == BizStatus::Offline);
    QVERIFY(m.envType == EnvType::Prod);
    QVERIFY(m.createTime.isValid());

    Page<DesignModel> models;
    QVERIFY(envelope::architecturePageOf(doc(R"({"data":{"value":{"total":1,"records":[
        {"id":"5","name":"关系模型","type":"THIRD_NF","dw_type":"DLI"}]}}})"),
                                         &models, &error));
    QVERIFY(models.records.first().type == ModelType::ThirdNf);
}

void TestDtoDecoders::approvalsAndApprovers() {
    Approval a;
    DecodeError error;
    QVERIFY(
        Approval::decode(doc(R"({"id":"1","biz_id":"885123875376193536","biz_type":"TABLE_MODEL",
        "biz_status":"OFFLINE_DEVELOPING","approval_status":"DEVELOPING","approval_type":"OFFLINE",
        "submit_time":"2021-08-09T10:45:53+08:00","create_by":"dev","approver":"boss","biz_version":3})")
                             .object(),
                         QString(), &a, &error));
    QVERIFY(a.approvalStatus == ApprovalStatus::Developing);
    QVERIFY(a.approvalType == ApprovalType::Offline);
    QVERIFY(a.bizStatus == BizStatus::OfflineDeveloping);
    QCOMPARE(a.bizVersion, 3);
    QCOMPARE(a.submitTime, QDateTime(QDate(2021, 8, 9), QTime(2, 45, 53), QTimeZone::utc()));

    Approver u;
    QVERIFY(Approver::decode(
        doc(R"({"id":"9","approver_name":"张三","user_id":"u1","user_type":"APPROVER"})").object(),
        QString(), &u, &error));
    QVERIFY(u.userType == ApproverUserType::Approver);
    QCOMPARE(u.approverName, QStringLiteral("张三"));
}

void TestDtoDecoders::batchOperationWithGroups() {
    const QByteArray body =
        R"({"data":{"value":{"id":"1","group_id":"g-77","operation_status":"FAILED",
        "total":2,"success":1,"failed":1,"rate":"50%","groups":[
        {"biz_id":"885123875376193536","operation_status":"SUCCESS","remark":""},
        {"biz_id":"885123875376193537","operation_status":"FAILED","remark":"对象已下线"}]}}})";
    QJsonValue value;
    DecodeError error;
    QVERIFY(envelope::architectureValue(doc(body), &value, &error));
    BatchOperation op;
    QVERIFY2(BatchOperation::decode(value, QStringLiteral("data.value"), &op, &error),
             qPrintable(error.toString()));
    QCOMPARE(op.groupId, QStringLiteral("g-77"));
    QVERIFY(op.operationStatus == OperationStatus::Failed);
    QCOMPARE(op.total, 2);
    QCOMPARE(op.rate, QStringLiteral("50%"));
    QCOMPARE(op.groups.size(), 2);
    QCOMPARE(op.groups[1].remark, QStringLiteral("对象已下线"));
    QVERIFY(op.groups[0].operationStatus == OperationStatus::Success);

    error = {};
    QVERIFY(!BatchOperation::decode(doc(R"({"groups":[{"total":"x"}]})").object(),
                                    QStringLiteral("v"), &op, &error));
    QCOMPARE(error.path, QStringLiteral("v.groups[0].total"));
}

void TestDtoDecoders::batchOperationDepthLimited() {
    QByteArray body = "{}";
    for (int i = 0; i < 20; ++i)
        body = R"({"groups":[)" + body + "]}";
    BatchOperation op;
    DecodeError error;
    QVERIFY(!BatchOperation::decode(doc(body).object(), QString(), &op, &error));
    QVERIFY(error.reason.contains(QLatin1String("deep")));
}

void TestDtoDecoders::apiOverviewWithPublishMessages() {
    const QByteArray body =
        R"({"total":1,"records":[{"id":"a1","name":"查询客户","type":"API_SPECIFIC_TYPE_SCRIPT",
        "manager":"sandbox_admin","create_time":1709280000000,"publish_messages":[
        {"id":"p1","api_id":"a1","instance_id":"c1","instance_name":"集群一","api_status":"API_STATUS_PUBLISHED","api_debug":"API_DEBUG_SUCCESS"},
        {"id":"p2","api_id":"a1","instance_id":"c2","api_status":"API_STATUS_FUTURE_STATE"}]}]})";
    Page<ApiOverview> page;
    DecodeError error;
    QVERIFY2(envelope::topLevelPageOf(doc(body), QLatin1String("records"), QLatin1String("total"),
                                      &page, &error),
             qPrintable(error.toString()));
    const ApiOverview &api = page.records.first();
    QVERIFY(api.type == ApiType::Script);
    QCOMPARE(api.createTime, QDateTime::fromMSecsSinceEpoch(1709280000000, QTimeZone::utc()));
    QCOMPARE(api.publishMessages.size(), 2);
    QVERIFY(api.publishMessages[0].apiStatus == ApiStatus::Published);
    QVERIFY(api.publishMessages[0].apiDebug == ApiDebugStatus::Success);
    QVERIFY(!api.publishMessages[1].apiStatus.isKnown());
    QCOMPARE(api.publishMessages[1].apiStatus.raw, QStringLiteral("API_STATUS_FUTURE_STATE"));

    error = {};
    QVERIFY(!envelope::topLevelPageOf(
        doc(R"({"total":1,"records":[{"id":"a","publish_messages":[{"api_status":"x"}]}]})"),
        QLatin1String("records"), QLatin1String("total"), &page, &error));
    QCOMPARE(error.path, QStringLiteral("records[0].publish_messages[0].instance_id"));
}

void TestDtoDecoders::apiDetailKeepsRaw() {
    ApiDetail d;
    DecodeError error;
    QVERIFY(ApiDetail::decode(doc(R"({"id":"a1","name":"n","backend_config":{"x":1}})").object(),
                              QString(), &d, &error));
    QCOMPARE(d.overview.id, QStringLiteral("a1"));
    QVERIFY(d.raw.contains(QLatin1String("backend_config")));
}

void TestDtoDecoders::dataServiceEnvelopes() {
    Page<ApiActionInstance> instances;
    DecodeError error;
    QVERIFY(envelope::topLevelPageOf(
        doc(R"({"instances":[{"instance_id":"c1","name":"x","action":"STOP","result":true,
        "api_status":"API_STATUS_PUBLISHED"},{"instance_id":"c2","result":false,"cause":"已停用"}]})"),
        QLatin1String("instances"), QLatin1String(""), &instances, &error));
    QCOMPARE(instances.total, -1);
    QVERIFY(instances.records[0].result);
    QVERIFY(instances.records[0].action == ApiAction::Stop);
    QCOMPARE(instances.records[1].cause, QStringLiteral("已停用"));

    Page<ServiceCluster> clusters;
    QVERIFY(envelope::topLevelPageOf(
        doc(R"({"total":1,"instances":[{"id":"c1","name":"集群","node_num":3,
        "current_namespace_publish_api_num":12,"api_publishable_num":100}]})"),
        QLatin1String("instances"), QLatin1String("total"), &clusters, &error));
    QCOMPARE(clusters.records.first().nodeNum, 3);
    QCOMPARE(clusters.records.first().publishedApiCount, 12);

    // A listing without its records array, while the total says there are some.
    error = {};
    QVERIFY(!envelope::topLevelPageOf(doc(R"({"total":4})"), QLatin1String("records"),
                                      QLatin1String("total"), &clusters, &error));
    QCOMPARE(error.path, QStringLiteral("records"));
}

void TestDtoDecoders::applyRecordEpochMs() {
    ApplyRecord r;
    DecodeError error;
    QVERIFY(ApplyRecord::decode(
        doc(R"({"id":"0f3a9c2b7d5e4f6a8b1c2d3e4f5a6b7c","api_apply_status":"STATUS_TYPE_PENDING_CHECK",
        "api_apply_type":"APPLY_TYPE_OFFLINE","api_id":"a1","api_name":"查询","apply_time":1709280000000,
        "approval_time":null,"api_using_time":1709290000000,"user_name":"dev"})")
            .object(),
        QString(), &r, &error));
    QVERIFY(r.status == ApplyStatus::PendingCheck);
    QVERIFY(r.type == ApplyType::Offline);
    QCOMPARE(r.applyTime, QDateTime::fromMSecsSinceEpoch(1709280000000, QTimeZone::utc()));
    QVERIFY(!r.approvalTime.isValid());
    error = {};
    QVERIFY(!ApplyRecord::decode(doc(R"({"id":"1","apply_time":"yesterday"})").object(), QString(),
                                 &r, &error));
    QCOMPARE(error.path, QStringLiteral("apply_time"));
    error = {};
    QVERIFY(!ApplyRecord::decode(doc(R"({"id":"1","apply_time":99999999999999999})").object(),
                                 QString(), &r, &error));
}

void TestDtoDecoders::discoveryRecords() {
    Page<DataArtsInstance> instances;
    DecodeError error;
    QVERIFY(envelope::topLevelPageOf(
        doc(R"({"count":1,"commodity_order_lists":[{"resource_id":"i1","resource_name":"DAYU","status":2}]})"),
        QLatin1String("commodity_order_lists"), QLatin1String("count"), &instances, &error));
    QCOMPARE(instances.records.first().id, QStringLiteral("i1"));
    QCOMPARE(instances.records.first().status, 2);

    Page<DataArtsWorkspace> workspaces;
    QVERIFY(envelope::topLevelPageOf(
        doc(R"({"count":2,"total_page":1,"data":[{"id":"w1","name":"默认","is_default":1},{"id":"w2","is_default":false}]})"),
        QLatin1String("data"), QLatin1String("count"), &workspaces, &error));
    QCOMPARE(workspaces.records[0].isDefault, 1);
    QCOMPARE(workspaces.records[1].isDefault, 0);
}

void TestDtoDecoders::iamToken() {
    IamToken t;
    DecodeError error;
    QVERIFY(IamToken::decode(
        doc(R"({"token":{"expires_at":"2026-03-02T08:00:00.000000Z","issued_at":"2026-03-01T08:00:00.000000Z",
        "user":{"id":"u1","name":"alice","domain":{"name":"acme"}},"project":{"id":"p1","name":"cn-north-4"}}})")
            .object(),
        QString(), &t, &error));
    QCOMPARE(t.userName, QStringLiteral("alice"));
    QCOMPARE(t.domainName, QStringLiteral("acme"));
    QCOMPARE(t.projectId, QStringLiteral("p1"));
    QCOMPARE(t.expiresAt, QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));
    error = {};
    QVERIFY(!IamToken::decode(doc(R"({"token":{}})").object(), QString(), &t, &error));
    QCOMPARE(error.path, QStringLiteral("token.expires_at"));
}

void TestDtoDecoders::enumsRoundTrip() {
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
