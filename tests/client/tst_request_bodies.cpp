// Request bodies are exact, deterministic bytes (what the wizards show is what is sent),
// and invalid input is refused with a reason before anything is sent.
#include "dto/ApiActionRequest.h"
#include "dto/ApprovalActionRequest.h"
#include "dto/ApprovalBatchRequest.h"
#include "dto/ConfirmMessageRequest.h"
#include "dto/JsonWriter.h"
#include "dto/ReviewAppliesRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dataarts;

class TestRequestBodies : public QObject
{
    Q_OBJECT
private slots:
    void batchOfflineMinimal();
    void batchOfflineFull();
    void batchOfflineValidation();
    void scheduleTime();
    void apiAction();
    void apiActionDefaultTime_data();
    void apiActionDefaultTime();
    void approvalAction();
    void confirmMessage();
    void reviewApplies();
    void writerEscapes();
};

void TestRequestBodies::batchOfflineMinimal()
{
    BatchOfflineRequest r;
    r.bizInfos = {{QStringLiteral("885123875376193536"), QStringLiteral("TABLE_MODEL")}};
    r.approverUserId = QStringLiteral("u-1");
    r.approverUserName = QStringLiteral("审批人");
    QCOMPARE(
        r.body(),
        QByteArray(
            R"({"biz_infos":[{"biz_id":"885123875376193536","biz_type":"TABLE_MODEL"}],)"
            R"("approver_user_id":"u-1","approver_user_name":"审批人","fast_approval":false})"));
    QVERIFY(r.validate().isEmpty());
}

void TestRequestBodies::batchOfflineFull()
{
    BatchOfflineRequest r;
    r.bizInfos = {{QStringLiteral("1"), QStringLiteral("FACT_LOGIC_TABLE"), EnvType::Dev},
                  {QStringLiteral("2"), QStringLiteral("DIMENSION")}};
    r.approverUserId = QStringLiteral("u");
    r.approverUserName = QStringLiteral("n");
    r.email = QStringLiteral("a@b.c");
    r.fastApproval = true;
    r.scheduleTime = ApprovalBatchRequest::scheduleTimeFor(QTime(18, 30));
    r.envType = EnvType::DevProd;
    const QByteArray expected =
        R"({"biz_infos":[{"biz_id":"1","biz_type":"FACT_LOGIC_TABLE","env_type":"DEV_TYPE"},)"
        R"({"biz_id":"2","biz_type":"DIMENSION"}],"approver_user_id":"u","approver_user_name":"n",)"
        R"("email":"a@b.c","fast_approval":true,"schedule_time":"30_18","env_type":"DEV_PROD_TYPE"})";
    QCOMPARE(r.body(), expected);
    QCOMPARE(r.body(), r.body()); // deterministic
    QVERIFY(!QJsonDocument::fromJson(r.body()).isNull());
}

void TestRequestBodies::batchOfflineValidation()
{
    BatchOfflineRequest r;
    r.approverUserId = QStringLiteral("u");
    r.approverUserName = QStringLiteral("n");
    QVERIFY(!r.validate().isEmpty()); // no entity
    r.bizInfos = {{QStringLiteral("1"), QStringLiteral("NOT_A_TYPE")}};
    QVERIFY(r.validate().contains(QLatin1String("NOT_A_TYPE")));
    r.bizInfos = {{QStringLiteral("1"), QStringLiteral("TAG")},
                  {QStringLiteral("1"), QStringLiteral("TAG")}};
    QVERIFY(!r.validate().isEmpty()); // duplicate
    r.bizInfos = {{QStringLiteral("1"), QStringLiteral("TAG")},
                  {QStringLiteral("1"), QStringLiteral("SUBJECT")}};
    QVERIFY(r.validate().isEmpty()); // same id, other type: fine
    r.bizInfos = {{QStringLiteral(" 1"), QStringLiteral("TAG")}};
    QVERIFY(!r.validate().isEmpty());
    r.bizInfos = {{QStringLiteral("1"), QStringLiteral("TAG")}};
    r.scheduleTime = QStringLiteral("18:30");
    QVERIFY(!r.validate().isEmpty());
    r.scheduleTime.clear();
    r.approverUserName.clear();
    QVERIFY(!r.validate().isEmpty());
}

void TestRequestBodies::scheduleTime()
{
    QCOMPARE(ApprovalBatchRequest::scheduleTimeFor(QTime(7, 5)), QStringLiteral("05_07"));
    QCOMPARE(ApprovalBatchRequest::parseScheduleTime(QStringLiteral("30_18")), QTime(18, 30));
    QVERIFY(!ApprovalBatchRequest::parseScheduleTime(QStringLiteral("60_18")).isValid());
    QVERIFY(!ApprovalBatchRequest::parseScheduleTime(QStringLiteral("30_24")).isValid());
    QVERIFY(!ApprovalBatchRequest::parseScheduleTime(QStringLiteral("3_18")).isValid());
}

void TestRequestBodies::apiAction()
{
    ApiActionRequest r;
    r.action = ApiAction::Stop;
    r.time = QStringLiteral("2026-03-03T10:00:00.000Z");
    QCOMPARE(r.body(), QByteArray(R"({"action":"STOP","time":"2026-03-03T10:00:00.000Z"})"));
    QVERIFY(r.validate().isEmpty());
    r.time.clear();
    QCOMPARE(r.body(), QByteArray(R"({"action":"STOP"})"));
    r.action = ApiAction::Publish;
    QVERIFY(!r.validate().isEmpty());
    r.action = ApiAction::Recover;
    r.time = QStringLiteral("2026-03-03 10:00");
    QVERIFY(!r.validate().isEmpty());
}

void TestRequestBodies::apiActionDefaultTime_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    };
    QTest::newRow("rounds up") << utc(2026, 3, 1, 10, 0, 1, 0)
                               << QStringLiteral("2026-03-03T11:00:00.000Z");
    QTest::newRow("whole hour kept")
        << utc(2026, 3, 1, 10, 0, 0, 0) << QStringLiteral("2026-03-03T10:00:00.000Z");
    QTest::newRow("day boundary") << utc(2026, 2, 27, 23, 59, 59, 999)
                                  << QStringLiteral("2026-03-02T00:00:00.000Z");
    QTest::newRow("from +08:00") << QDateTime(QDate(2026, 3, 1), QTime(18, 30), QTimeZone(8 * 3600))
                                 << QStringLiteral("2026-03-03T11:00:00.000Z");
}

void TestRequestBodies::apiActionDefaultTime()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(ApiActionRequest::defaultTime(now), expected);
    QVERIFY(ApiActionRequest::parseTime(expected).isValid());
}

void TestRequestBodies::approvalAction()
{
    ApprovalActionRequest r;
    r.ids = {QStringLiteral("885123875376193536"), QStringLiteral("2")};
    r.msg = QStringLiteral("同意");
    QCOMPARE(r.body(), QByteArray(R"({"ids":["885123875376193536","2"],"msg":"同意"})"));
    QVERIFY(r.validate().isEmpty());
    r.msg = QString(501, QLatin1Char('x'));
    QVERIFY(!r.validate().isEmpty());
    r.msg.clear();
    QCOMPARE(r.body(), QByteArray(R"({"ids":["885123875376193536","2"],"msg":""})"));
    r.ids = {QStringLiteral("1"), QStringLiteral("1")};
    QVERIFY(!r.validate().isEmpty());
}

void TestRequestBodies::confirmMessage()
{
    ConfirmMessageRequest r;
    r.messageId = QStringLiteral("0f3a9c2b7d5e4f6a8b1c2d3e4f5a6b7c");
    QCOMPARE(r.body(),
             QByteArray(R"({"message_id":"0f3a9c2b7d5e4f6a8b1c2d3e4f5a6b7c","action":0})"));
    QVERIFY(r.validate().isEmpty());
    r.action = ConfirmMessageRequest::Scheduled;
    QVERIFY(!r.validate().isEmpty()); // needs a time
    r.time = QStringLiteral("2026-03-04T08:00:00.000Z");
    QVERIFY(r.validate().isEmpty());
    QCOMPARE(
        r.body(),
        QByteArray(
            R"({"message_id":"0f3a9c2b7d5e4f6a8b1c2d3e4f5a6b7c","action":1,"time":"2026-03-04T08:00:00.000Z"})"));
    r.time = QStringLiteral("2026-03-04T08:30:00.000Z");
    QVERIFY(!r.validate().isEmpty()); // hour precision
}

void TestRequestBodies::reviewApplies()
{
    ReviewAppliesRequest r;
    r.applyResult = false;
    r.applyIds = {QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(r.body(), QByteArray(R"({"apply_result":false,"apply_ids":["a","b"]})"));
    QVERIFY(r.validate().isEmpty());
    r.applyIds.clear();
    QVERIFY(!r.validate().isEmpty());
}

void TestRequestBodies::writerEscapes()
{
    JsonWriter w;
    w.beginObject().field("s", QStringLiteral("a\"b\\c\n\t\x01é")).endObject();
    QCOMPARE(w.bytes(), QByteArray("{\"s\":\"a\\\"b\\\\c\\n\\t\\u0001\xc3\xa9\"}"));
    QCOMPARE(QJsonDocument::fromJson(w.bytes()).object().value(QLatin1String("s")).toString(),
             QStringLiteral("a\"b\\c\n\t\x01é"));
}

QTEST_GUILESS_MAIN(TestRequestBodies)
#include "tst_request_bodies.moc"
