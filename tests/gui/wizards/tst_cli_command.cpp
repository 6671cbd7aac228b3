// "Copy as CLI command": the dataarts-desk-cli lines of the CLI contract, items on standard
// input through a here-document, shell quoting, and never a secret.
#include "wizards/common/CliCommand.h"

#include "client/ConnectionSettings.h"

#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

class TestCliCommand : public QObject
{
    Q_OBJECT
private slots:
    void offlineWithProfile();
    void offlineMinimalByEndpoint();
    void apiAction();
    void quoting();
    void neverASecret();
};

void TestCliCommand::offlineWithProfile()
{
    ApprovalBatchRequest o;
    o.approverUserId = QStringLiteral("7da44d74f2ba78a4267ed46c11b4aaec");
    o.approverUserName = QStringLiteral("wang_fang");
    o.fastApproval = true;
    o.scheduleTime = QStringLiteral("05_07");
    o.envType = EnvType::Prod;
    CliCommand::Connection c;
    c.profileName = QStringLiteral("Prod Beijing");
    const QList<BizInfo> entities{
        {QStringLiteral("885123875376193536"), QStringLiteral("TABLE_MODEL"), EnvType::Unknown},
        {QStringLiteral("12"), QStringLiteral("FACT_LOGIC_TABLE"), EnvType::Unknown}};
    QCOMPARE(CliCommand::offline(c, o, 25, entities),
             QStringLiteral(
                 "dataarts-desk-cli offline --profile 'Prod Beijing' "
                 "--approver-id 7da44d74f2ba78a4267ed46c11b4aaec --approver-name wang_fang "
                 "--fast --schedule 07:05 --env-type PROD_TYPE --chunk-size 25 --input - <<'EOF'\n"
                 "TABLE_MODEL,885123875376193536\n"
                 "FACT_LOGIC_TABLE,12\n"
                 "EOF\n"));
}

void TestCliCommand::offlineMinimalByEndpoint()
{
    ConnectionSettings s;
    s.endpoint = QUrl(QStringLiteral("http://127.0.0.1:4000"));
    s.projectId = QStringLiteral("p1");
    s.workspace = QStringLiteral("w1");
    s.region = QStringLiteral("cn-north-4");
    s.dlmType = QStringLiteral("EXCLUSIVE");
    ApprovalBatchRequest o;
    o.approverUserId = QStringLiteral("u1");
    o.approverUserName = QStringLiteral("李娜");
    const QString text =
        CliCommand::offline(CliCommand::connectionFor(QString(), s), o, 50,
                            {{QStringLiteral("1"), QStringLiteral("TAG"), EnvType::Unknown}});
    QCOMPARE(text, QStringLiteral("dataarts-desk-cli offline --endpoint http://127.0.0.1:4000 "
                                  "--project-id p1 --workspace w1 --region cn-north-4 "
                                  "--dlm-type EXCLUSIVE --approver-id u1 --approver-name '李娜' "
                                  "--chunk-size 50 --input - <<'EOF'\nTAG,1\nEOF\n"));
}

void TestCliCommand::apiAction()
{
    CliCommand::Connection c;
    c.profileName = QStringLiteral("sandbox");
    const QString text =
        CliCommand::apiAction(c, ApiAction::Stop, QStringLiteral("2024-06-03T02:00:00.000Z"),
                              {{QStringLiteral("a1"), QStringLiteral("i1")},
                               {QStringLiteral("a1"), QStringLiteral("i2")}});
    QCOMPARE(text, QStringLiteral("dataarts-desk-cli api-action --profile sandbox --action STOP "
                                  "--time 2024-06-03T02:00:00.000Z --input - <<'EOF'\n"
                                  "a1,i1\na1,i2\nEOF\n"));
}

void TestCliCommand::quoting()
{
    QCOMPARE(CliCommand::quote(QStringLiteral("plain-1.2_x")), QStringLiteral("plain-1.2_x"));
    QCOMPARE(CliCommand::quote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(CliCommand::quote(QStringLiteral("$(rm -rf /)")), QStringLiteral("'$(rm -rf /)'"));
    QCOMPARE(CliCommand::quote(QString()), QStringLiteral("''"));
}

void TestCliCommand::neverASecret()
{
    ConnectionSettings s;
    s.endpoint = QUrl(QStringLiteral("https://user:pw@dayu.cn-north-4.myhuaweicloud.com"));
    s.projectId = QStringLiteral("p");
    s.workspace = QStringLiteral("w");
    s.akSk.accessKey = QStringLiteral("AKVISIBLE0000000");
    s.akSk.secretKey = "SECRETKEY-MUST-NOT-LEAK";
    s.iamPassword = "PASSWORD-MUST-NOT-LEAK";
    ApprovalBatchRequest o;
    o.approverUserId = QStringLiteral("u");
    o.approverUserName = QStringLiteral("n");
    const QString a =
        CliCommand::offline(CliCommand::connectionFor(QString(), s), o, 50,
                            {{QStringLiteral("1"), QStringLiteral("TAG"), EnvType::Unknown}});
    const QString b =
        CliCommand::apiAction(CliCommand::connectionFor(QString(), s), ApiAction::Recover,
                              QString(), {{QStringLiteral("a"), QStringLiteral("i")}});
    for (const QString &text : {a, b}) {
        QVERIFY(!text.contains(QStringLiteral("SECRETKEY")));
        QVERIFY(!text.contains(QStringLiteral("PASSWORD")));
        QVERIFY(!text.contains(QStringLiteral("AKVISIBLE")));
        QVERIFY(!text.contains(QStringLiteral("pw@")));
    }
    QVERIFY(!b.contains(QStringLiteral("--time")));
}

QTEST_GUILESS_MAIN(TestCliCommand)
#include "tst_cli_command.moc"
