#pragma once

#include "core/Rng.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace dataarts::sandbox {

// IAM tokens issued by POST /v3/auth/tokens: who they belong to, their scope and expiry.
class TokenStore
{
public:
    struct Token {
        QString user;
        QString projectId; // empty: domain-scoped
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
    };

    explicit TokenStore(quint64 seed)
        : m_rng(Rng::mix(seed, 0x70CE))
    {}

    static constexpr qint64 LifetimeMs = 24LL * 3600 * 1000;

    QByteArray issue(const QString &user, const QString &projectId, qint64 nowMs);
    // The token's record when it is known and not expired at nowMs.
    const Token *find(const QByteArray &token, qint64 nowMs) const;

private:
    Rng m_rng;
    QHash<QByteArray, Token> m_tokens;
};

} // namespace dataarts::sandbox
