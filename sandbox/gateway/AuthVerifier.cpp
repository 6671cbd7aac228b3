#include "AuthVerifier.h"

#include "core/TimeFormat.h"
#include "data/TokenStore.h"
#include "data/UserDirectory.h"
#include "http/HttpTypes.h"
#include "signing/Canonical.h"
#include "signing/RequestSigner.h"

namespace dataarts::sandbox {

namespace {

const Text kSignatureFail{
    QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail"),
    QStringLiteral("IAM认证信息错误：AK/SK签名校验失败")};

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

AuthResult AuthVerifier::verify(const SandboxRequest &request, qint64 nowMs)
{
    if (request.hasHeader("Authorization"))
        return verifySignature(request, nowMs);
    if (request.hasHeader("X-Auth-Token"))
        return verifyToken(request, nowMs);
    AuthResult result;
    result.failure = {QStringLiteral("Incorrect IAM authentication information: the request "
                                     "carries neither an Authorization nor an X-Auth-Token header"),
                      QStringLiteral("IAM认证信息错误：请求中没有Authorization或X-Auth-Token头")};
    return result;
}

AuthResult AuthVerifier::verifySignature(const SandboxRequest &request, qint64 nowMs)
{
    AuthResult result;
    const AuthorizationHeader auth = AuthorizationHeader::parse(request.header("Authorization"));
    if (!auth.valid || auth.algorithm != RequestSigner::Algorithm) {
        result.failure = kSignatureFail;
        return result;
    }
    Failures &failures = m_failures[auth.accessKey];
    if (failures.lockedUntilMs > nowMs) {
        result.failure = {
            QStringLiteral("Incorrect IAM authentication information: the access key is locked "
                           "for 5 minutes after 5 consecutive authentication failures"),
            QStringLiteral("IAM认证信息错误：连续5次认证失败，访问密钥已被锁定5分钟")};
        return result;
    }
    const User *user = m_users.byAccessKey(auth.accessKey);
    if (!user) {
        result.failure = recordFailure(auth.accessKey, nowMs);
        return result;
    }

    const QByteArray dateText = request.header("X-Sdk-Date").trimmed();
    const QDateTime date = canonical::parseSdkDate(dateText);
    if (!date.isValid()) {
        result.failure = {kSignatureFail.en + QStringLiteral(": X-Sdk-Date is missing or invalid"),
                          kSignatureFail.zh + QStringLiteral("：X-Sdk-Date缺失或格式错误")};
        return result;
    }
    if (qAbs(date.toMSecsSinceEpoch() - nowMs) > MaxSkewMs) {
        const QString sent = QString::fromLatin1(dateText);
        const QString server = QString::fromLatin1(timefmt::sdkDate(nowMs));
        result.failure = {
            QStringLiteral("Incorrect IAM authentication information: signature "
                           "expired, X-Sdk-Date: %1, server time: %2")
                .arg(sent, server),
            QStringLiteral("IAM认证信息错误：签名已过期，X-Sdk-Date：%1，服务器时间：%2")
                .arg(sent, server)};
        return result;
    }
    for (const QByteArray &name : auth.signedHeaders) {
        if (!request.hasHeader(name)) {
            result.failure = recordFailure(auth.accessKey, nowMs);
            return result;
        }
    }
    const Credentials credentials{user->accessKey, user->secretKey, {}};
    const SignedRequest expected =
        RequestSigner::signWithHeaders(request.http, credentials, auth.signedHeaders);
    if (!sameBytes(expected.signature, auth.signature)) {
        result.failure = recordFailure(auth.accessKey, nowMs);
        return result;
    }
    failures = Failures{};
    result.user = user;
    result.principal = user->accessKey;
    return result;
}

Text AuthVerifier::recordFailure(const QString &accessKey, qint64 nowMs)
{
    Failures &failures = m_failures[accessKey];
    if (++failures.count >= MaxFailures) {
        failures.count = 0;
        failures.lockedUntilMs = nowMs + LockMs;
    }
    return kSignatureFail;
}

AuthResult AuthVerifier::verifyToken(const SandboxRequest &request, qint64 nowMs)
{
    AuthResult result;
    const TokenStore::Token *token = m_tokens.find(request.header("X-Auth-Token").trimmed(), nowMs);
    const User *user = token ? m_users.byName(token->user) : nullptr;
    if (!user) {
        result.failure = {
            QStringLiteral("Incorrect IAM authentication information: decrypt token fail"),
            QStringLiteral("IAM认证信息错误：Token解析失败或已过期")};
        return result;
    }
    result.user = user;
    result.viaToken = true;
    result.projectId = token->projectId;
    result.principal = QStringLiteral("token:") + user->name;
    return result;
}

} // namespace dataarts::sandbox
