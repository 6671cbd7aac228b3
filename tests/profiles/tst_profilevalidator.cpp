#include "profiles/Profile.h"
#include "profiles/ProfileValidator.h"
#include "profiles/Regions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dataarts;

namespace {

Profile validProfile()
{
    Profile p = Profile::create();
    p.displayName = QStringLiteral("Production");
    p.region = QStringLiteral("cn-north-4");
    p.projectId = QStringLiteral("0123456789abcdef0123456789ABCDEF");
    p.workspaceId = QStringLiteral("a1b2c3d4e5f6");
    return p;
}

QStringList errorsFor(const Profile &profile, ProfileField field)
{
    QStringList messages;
    for (const FieldError &error : ProfileValidator::validate(profile)) {
        if (error.field == field)
            messages << error.message;
    }
    return messages;
}

bool onlyErrorIs(const Profile &profile, ProfileField field)
{
    const FieldErrors errors = ProfileValidator::validate(profile);
    return errors.size() == 1 && errors.constFirst().field == field &&
           !errors.constFirst().message.isEmpty();
}

} // namespace

class TestProfileValidator : public QObject
{
    Q_OBJECT
private slots:
    void validProfileHasNoErrors();
    void normalizedTrims();
    void displayName_data();
    void displayName();
    void regionOrEndpoint_data();
    void regionOrEndpoint();
    void everyRegionIsAccepted();
    void projectId_data();
    void projectId();
    void instanceId_data();
    void instanceId();
    void workspace_data();
    void workspace();
    void dlmType_data();
    void dlmType();
    void iamFieldsNeededForIamAuth();
    void manualProxyNeedsHostAndPort();
    void caBundleMustBeAReadableFile();
    void sandboxNeedsOnlyAName();
    void secretsOfANewProfile();
    void endpointsFollowRegionOrCustomUrl();
    void secretFieldsFollowAuthAndProxy();
    void describeNamesTheFields();
};

void TestProfileValidator::validProfileHasNoErrors()
{
    QVERIFY(ProfileValidator::validate(validProfile()).isEmpty());
    Profile custom = validProfile();
    custom.region.clear();
    custom.customEndpoint = QStringLiteral("https://dataarts.example.com:8443");
    QVERIFY(ProfileValidator::validate(custom).isEmpty());
}

void TestProfileValidator::normalizedTrims()
{
    Profile p = validProfile();
    p.displayName = QStringLiteral("  Production \t");
    p.workspaceId = QStringLiteral(" ws-1234 ");
    p.customEndpoint = QStringLiteral(" https://h.example.com/ ");
    p.dlmType = QStringLiteral("shared");
    const Profile n = ProfileValidator::normalized(p);
    QCOMPARE(n.displayName, QStringLiteral("Production"));
    QCOMPARE(n.workspaceId, QStringLiteral("ws-1234"));
    QCOMPARE(n.customEndpoint, QStringLiteral("https://h.example.com"));
    QCOMPARE(n.dlmType, QStringLiteral("SHARED"));
}

void TestProfileValidator::displayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("Prod") << true;
    QTest::newRow("chinese") << QStringLiteral("生产环境 华北四") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("64") << QString(64, QLatin1Char('n')) << true;
    QTest::newRow("65") << QString(65, QLatin1Char('n')) << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
}

void TestProfileValidator::displayName()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    Profile p = validProfile();
    p.displayName = name;
    if (ok)
        QVERIFY(ProfileValidator::validate(p).isEmpty());
    else
        QVERIFY(onlyErrorIs(p, ProfileField::DisplayName));
}

void TestProfileValidator::regionOrEndpoint_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("field"); // -1: valid
    const int ok = -1;
    const int region = int(ProfileField::Region);
    const int endpoint = int(ProfileField::Endpoint);
    QTest::newRow("known region") << QStringLiteral("ap-southeast-3") << QString() << ok;
    QTest::newRow("unknown region") << QStringLiteral("cn-north-99") << QString() << region;
    QTest::newRow("region typo case") << QStringLiteral("CN-NORTH-4") << QString() << region;
    QTest::newRow("neither") << QString() << QString() << region;
    QTest::newRow("https") << QString() << QStringLiteral("https://dayu.example.com") << ok;
    QTest::newRow("https port") << QString() << QStringLiteral("https://10.1.2.3:8443") << ok;
    QTest::newRow("region and url")
        << QStringLiteral("cn-east-3") << QStringLiteral("https://gw.example.com") << ok;
    QTest::newRow("http loopback v4") << QString() << QStringLiteral("http://127.0.0.1:8080") << ok;
    QTest::newRow("http loopback v6") << QString() << QStringLiteral("http://[::1]:8080") << ok;
    QTest::newRow("http localhost") << QString() << QStringLiteral("http://localhost:1") << ok;
    QTest::newRow("http remote") << QString() << QStringLiteral("http://dayu.example.com")
                                 << endpoint;
    QTest::newRow("http lan") << QString() << QStringLiteral("http://192.168.1.4") << endpoint;
    QTest::newRow("ftp") << QString() << QStringLiteral("ftp://example.com") << endpoint;
    QTest::newRow("no scheme") << QString() << QStringLiteral("dayu.example.com") << endpoint;
    QTest::newRow("garbage") << QString() << QStringLiteral("https://exa mple.com") << endpoint;
    QTest::newRow("path") << QString() << QStringLiteral("https://example.com/v2") << endpoint;
    QTest::newRow("query") << QString() << QStringLiteral("https://example.com?a=1") << endpoint;
    QTest::newRow("user") << QString() << QStringLiteral("https://u:p@example.com") << endpoint;
}

void TestProfileValidator::regionOrEndpoint()
{
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(int, field);
    Profile p = validProfile();
    p.region = region;
    p.customEndpoint = endpoint;
    p = ProfileValidator::normalized(p);
    if (field < 0) {
        const FieldErrors errors = ProfileValidator::validate(p);
        QVERIFY2(errors.isEmpty(), qPrintable(ProfileValidator::describe(errors)));
    } else {
        QVERIFY2(onlyErrorIs(p, ProfileField(field)),
                 qPrintable(ProfileValidator::describe(ProfileValidator::validate(p))));
    }
}

void TestProfileValidator::everyRegionIsAccepted()
{
    QCOMPARE(regions::ids().size(), 26);
    for (const QString &id : regions::ids()) {
        Profile p = validProfile();
        p.region = id;
        QVERIFY2(ProfileValidator::validate(p).isEmpty(), qPrintable(id));
    }
}

void TestProfileValidator::projectId_data()
{
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<bool>("ok");
    QTest::newRow("lower") << QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9") << true;
    QTest::newRow("upper") << QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F9") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("31") << QString(31, QLatin1Char('a')) << false;
    QTest::newRow("33") << QString(33, QLatin1Char('a')) << false;
    QTest::newRow("non-hex") << QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8fg") << false;
    QTest::newRow("uuid dashes") << QStringLiteral("0a1b2c3d-4e5f-6071-8293-a4b5c6d7") << false;
    QTest::newRow("full-width digits") << QString(32, QChar(0xff11)) << false;
}

void TestProfileValidator::projectId()
{
    QFETCH(QString, projectId);
    QFETCH(bool, ok);
    Profile p = validProfile();
    p.projectId = projectId;
    if (ok)
        QVERIFY(ProfileValidator::validate(p).isEmpty());
    else
        QVERIFY(onlyErrorIs(p, ProfileField::ProjectId));
}

void TestProfileValidator::instanceId_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is fine") << QString() << true;
    QTest::newRow("hex") << QStringLiteral("8f3c2d1e0b9a48d7a6c5b4e3d2f1a0b9") << true;
    QTest::newRow("dashes") << QStringLiteral("inst-01_a") << true;
    QTest::newRow("space") << QStringLiteral("inst 01") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("65") << QString(65, QLatin1Char('a')) << false;
}

void TestProfileValidator::instanceId()
{
    QFETCH(QString, instanceId);
    QFETCH(bool, ok);
    Profile p = validProfile();
    p.instanceId = instanceId;
    if (ok)
        QVERIFY(ProfileValidator::validate(p).isEmpty());
    else
        QVERIFY(onlyErrorIs(p, ProfileField::InstanceId));
}

void TestProfileValidator::workspace_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<bool>("ok");
    QTest::newRow("3") << QStringLiteral("abc") << true;
    QTest::newRow("64") << QString(64, QLatin1Char('w')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("2") << QStringLiteral("ab") << false;
    QTest::newRow("65") << QString(65, QLatin1Char('w')) << false;
    QTest::newRow("space") << QStringLiteral("ws 1") << false;
    QTest::newRow("non-ascii") << QStringLiteral("工作空间") << false;
    QTest::newRow("crlf") << QStringLiteral("ws1\r\nX-Evil: 1") << false;
}

void TestProfileValidator::workspace()
{
    QFETCH(QString, workspace);
    QFETCH(bool, ok);
    Profile p = validProfile();
    p.workspaceId = workspace;
    if (ok)
        QVERIFY(ProfileValidator::validate(p).isEmpty());
    else
        QVERIFY(onlyErrorIs(p, ProfileField::Workspace));
}

void TestProfileValidator::dlmType_data()
{
    QTest::addColumn<QString>("dlmType");
    QTest::addColumn<bool>("ok");
    QTest::newRow("none") << QString() << true;
    QTest::newRow("shared") << QStringLiteral("SHARED") << true;
    QTest::newRow("exclusive") << QStringLiteral("EXCLUSIVE") << true;
    QTest::newRow("other") << QStringLiteral("DEDICATED") << false;
}

void TestProfileValidator::dlmType()
{
    QFETCH(QString, dlmType);
    QFETCH(bool, ok);
    Profile p = validProfile();
    p.dlmType = dlmType;
    if (ok)
        QVERIFY(ProfileValidator::validate(p).isEmpty());
    else
        QVERIFY(onlyErrorIs(p, ProfileField::DlmType));
}

void TestProfileValidator::iamFieldsNeededForIamAuth()
{
    Profile p = validProfile();
    p.auth = AuthMethod::IamPassword;
    FieldErrors errors = ProfileValidator::validate(p);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, ProfileField::IamUserName);
    QCOMPARE(errors.at(1).field, ProfileField::IamAccountName);
    p.iamUserName = QStringLiteral("governance-bot");
    p.iamAccountName = QStringLiteral("acme-cloud");
    QVERIFY(ProfileValidator::validate(p).isEmpty());
    p.iamUserName = QString(65, QLatin1Char('u'));
    QVERIFY(onlyErrorIs(p, ProfileField::IamUserName));
    // AK/SK profiles do not look at the IAM fields.
    p.auth = AuthMethod::AkSk;
    QVERIFY(ProfileValidator::validate(p).isEmpty());
}

void TestProfileValidator::manualProxyNeedsHostAndPort()
{
    Profile p = validProfile();
    p.proxyMode = ProxyMode::Manual;
    FieldErrors errors = ProfileValidator::validate(p);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, ProfileField::ProxyHost);
    QCOMPARE(errors.at(1).field, ProfileField::ProxyPort);
    p.proxyHost = QStringLiteral("proxy.corp.example");
    p.proxyPort = 3128;
    QVERIFY(ProfileValidator::validate(p).isEmpty());
    p.proxyHost = QStringLiteral("10.0.0.8");
    QVERIFY(ProfileValidator::validate(p).isEmpty());
    p.proxyHost = QStringLiteral("http://proxy:3128");
    QVERIFY(onlyErrorIs(p, ProfileField::ProxyHost));
    p.proxyHost = QStringLiteral("proxy host");
    QVERIFY(onlyErrorIs(p, ProfileField::ProxyHost));
    p.proxyHost = QStringLiteral("proxy");
    p.proxyUser = QStringLiteral("bad\nuser");
    QVERIFY(onlyErrorIs(p, ProfileField::ProxyUser));
    // System and no proxy ignore the manual fields.
    p.proxyMode = ProxyMode::System;
    QVERIFY(ProfileValidator::validate(p).isEmpty());
}

void TestProfileValidator::caBundleMustBeAReadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile p = validProfile();
    p.caBundlePath = dir.filePath(QStringLiteral("missing.pem"));
    QVERIFY(onlyErrorIs(p, ProfileField::CaBundle));
    QVERIFY(errorsFor(p, ProfileField::CaBundle).constFirst().contains(p.caBundlePath));
    p.caBundlePath = dir.path(); // a folder
    QVERIFY(onlyErrorIs(p, ProfileField::CaBundle));
    QFile pem(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\n");
    pem.close();
    p.caBundlePath = pem.fileName();
    QVERIFY(ProfileValidator::validate(p).isEmpty());
}

void TestProfileValidator::sandboxNeedsOnlyAName()
{
    const Profile sandbox = Profile::sandbox();
    QVERIFY(sandbox.isSandbox);
    QCOMPARE(sandbox.id, Profile::sandboxId());
    QVERIFY(!sandbox.displayName.isEmpty());
    QVERIFY(ProfileValidator::validate(sandbox).isEmpty());
    QVERIFY(sandbox.secretFields().isEmpty());
}

void TestProfileValidator::secretsOfANewProfile()
{
    Profile p = validProfile();
    FieldErrors errors = ProfileValidator::validateSecrets(p, {});
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, ProfileField::AccessKey);
    QCOMPARE(errors.at(1).field, ProfileField::SecretKey);
    SecretValues secrets{{SecretField::AccessKey, "AK 1"}, {SecretField::SecretKey, "s"}};
    errors = ProfileValidator::validateSecrets(p, secrets);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, ProfileField::AccessKey);
    secrets[SecretField::AccessKey] = "AK1";
    QVERIFY(ProfileValidator::validateSecrets(p, secrets).isEmpty());

    p.auth = AuthMethod::IamPassword;
    errors = ProfileValidator::validateSecrets(p, secrets);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).field, ProfileField::IamPassword);
}

void TestProfileValidator::endpointsFollowRegionOrCustomUrl()
{
    Profile p = validProfile();
    QCOMPARE(p.endpoint(), QUrl(QStringLiteral("https://dayu.cn-north-4.myhuaweicloud.com")));
    QCOMPARE(p.iamEndpoint(), QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")));
    p.customEndpoint = QStringLiteral("https://gw.example.com:8443");
    QCOMPARE(p.endpoint(), QUrl(QStringLiteral("https://gw.example.com:8443")));
    QCOMPARE(p.iamEndpoint(), QUrl(QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com")));
    p.region.clear();
    QCOMPARE(p.iamEndpoint(), QUrl(QStringLiteral("https://gw.example.com:8443")));
    QCOMPARE(p.locationLabel(), QStringLiteral("https://gw.example.com:8443"));
}

void TestProfileValidator::secretFieldsFollowAuthAndProxy()
{
    Profile p = validProfile();
    QCOMPARE(p.secretFields(),
             (QList<SecretField>{SecretField::AccessKey, SecretField::SecretKey}));
    p.auth = AuthMethod::IamPassword;
    QCOMPARE(p.secretFields(), QList<SecretField>{SecretField::IamPassword});
    p.proxyMode = ProxyMode::Manual;
    QCOMPARE(p.secretFields(), QList<SecretField>{SecretField::IamPassword});
    p.proxyUser = QStringLiteral("me");
    QCOMPARE(p.secretFields(),
             (QList<SecretField>{SecretField::IamPassword, SecretField::ProxyPassword}));
    QCOMPARE(secretFields::name(SecretField::AccessKey), QStringLiteral("ak"));
    QCOMPARE(secretFields::name(SecretField::SecretKey), QStringLiteral("sk"));
    QCOMPARE(secretFields::name(SecretField::IamPassword), QStringLiteral("iam_password"));
    QCOMPARE(secretFields::name(SecretField::ProxyPassword), QStringLiteral("proxy_password"));
}

void TestProfileValidator::describeNamesTheFields()
{
    Profile p = validProfile();
    p.projectId = QStringLiteral("xyz");
    p.workspaceId.clear();
    const QString text = ProfileValidator::describe(ProfileValidator::validate(p));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(ProfileValidator::fieldLabel(ProfileField::ProjectId)));
    QVERIFY(lines.at(0).contains(QStringLiteral("xyz")));
    QVERIFY(lines.at(1).startsWith(ProfileValidator::fieldLabel(ProfileField::Workspace)));
}

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
