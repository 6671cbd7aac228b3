#include "TokenStore.h"

namespace dataarts::sandbox {

QByteArray TokenStore::issue(const QString &user, const QString &projectId, qint64 nowMs)
{
    QByteArray raw;
    for (int i = 0; i < 12; ++i) {
        const quint64 v = m_rng.next();
        raw.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    // Real IAM tokens are long base64 strings starting "MII".
    const QByteArray token =
        "MIIS" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, Token{user, projectId, nowMs, nowMs + LifetimeMs});
    return token;
}

const TokenStore::Token *TokenStore::find(const QByteArray &token, qint64 nowMs) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->expiresMs <= nowMs)
        return nullptr;
    return &*it;
}

} // namespace dataarts::sandbox
