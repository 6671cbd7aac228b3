#pragma once

#include "core/Text.h"

#include <QHash>
#include <QString>

namespace dataarts::sandbox {

struct SandboxRequest;
struct User;
class TokenStore;
class UserDirectory;

// What the API gateway decides about a request's credentials.
struct AuthResult {
    const User *user = nullptr;
    QString principal; // token-bucket key: the AK, or "token:<user>"
    QString projectId; // project scope of a token; empty for AK/SK
    bool viaToken = false;
    Text failure; // 401 APIGW.0301 message when user is null

    bool ok() const { return user != nullptr; }
};

// Checks SDK-HMAC-SHA256 signatures (dataarts-api.md section 5.1) with the signer of
// app/signing, the X-Sdk-Date skew (15 minutes) and IAM tokens; locks an access key for
// five minutes after five consecutive bad signatures.
class AuthVerifier
{
public:
    static constexpr qint64 MaxSkewMs = 15LL * 60 * 1000;
    static constexpr qint64 LockMs = 5LL * 60 * 1000;
    static constexpr int MaxFailures = 5;

    AuthVerifier(const UserDirectory &users, const TokenStore &tokens)
        : m_users(users)
        , m_tokens(tokens)
    {}

    AuthResult verify(const SandboxRequest &request, qint64 nowMs);

private:
    AuthResult verifySignature(const SandboxRequest &request, qint64 nowMs);
    AuthResult verifyToken(const SandboxRequest &request, qint64 nowMs);
    Text recordFailure(const QString &accessKey, qint64 nowMs);

    struct Failures {
        int count = 0;
        qint64 lockedUntilMs = 0;
    };
    const UserDirectory &m_users;
    const TokenStore &m_tokens;
    QHash<QString, Failures> m_failures;
};

} // namespace dataarts::sandbox
