#include "RequestSigner.h"

#include "Canonical.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace dataarts {

namespace {

SignedRequest signNormalized(const SignableRequest &request, const Credentials &credentials,
                             const QList<QByteArray> &names);

const QByteArray kDateHeader = QByteArrayLiteral("X-Sdk-Date");
const QByteArray kTokenHeader = QByteArrayLiteral("X-Security-Token");

} // namespace

QList<QByteArray> RequestSigner::defaultPolicy()
{
    return {QByteArrayLiteral("host"),       QByteArrayLiteral("content-type"),
            QByteArrayLiteral("workspace"),  QByteArrayLiteral("x-project-id"),
            QByteArrayLiteral("x-sdk-date"), QByteArrayLiteral("x-security-token")};
}

RequestSigner::RequestSigner(QList<QByteArray> policy, Clock clock)
    : m_policy(canonical::normalizedNames(policy))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
}

SignedRequest RequestSigner::sign(const SignableRequest &request,
                                  const Credentials &credentials) const
{
    SignableRequest prepared = request;
    if (!prepared.hasHeader(kDateHeader))
        prepared.setHeader(kDateHeader, canonical::sdkDate(m_clock()));
    if (!credentials.securityToken.isEmpty())
        prepared.setHeader(kTokenHeader, credentials.securityToken);

    QList<QByteArray> names;
    for (const QByteArray &name : m_policy) {
        if (name == "host" || prepared.hasHeader(name))
            names.append(name);
    }
    return signNormalized(prepared, credentials, names);
}

SignedRequest RequestSigner::signWithHeaders(const SignableRequest &request,
                                             const Credentials &credentials,
                                             const QList<QByteArray> &signedHeaderNames)
{
    return signNormalized(request, credentials, canonical::normalizedNames(signedHeaderNames));
}

namespace {

// names: lowercase, sorted, unique.
SignedRequest signNormalized(const SignableRequest &request, const Credentials &credentials,
                             const QList<QByteArray> &names)
{
    SignedRequest out;
    out.request = request;

    QByteArray canonicalHeaders;
    for (const QByteArray &name : names) {
        QByteArray value;
        if (name == "host" && !request.hasHeader(name))
            value = request.hostHeader().toUtf8();
        else
            value = request.header(name).trimmed();
        canonicalHeaders.append(name).append(':').append(value).append('\n');
    }
    out.signedHeaders = names.join(';');

    QByteArray &creq = out.canonicalRequest;
    creq.reserve(256 + canonicalHeaders.size());
    creq.append(request.method.toUpper()).append('\n');
    creq.append(canonical::uri(request.path)).append('\n');
    creq.append(canonical::query(request.query)).append('\n');
    creq.append(canonicalHeaders).append('\n');
    creq.append(out.signedHeaders).append('\n');
    creq.append(canonical::payloadHash(request.body));

    out.sdkDate = request.header(kDateHeader).trimmed();
    out.stringToSign.reserve(128);
    out.stringToSign.append(RequestSigner::Algorithm).append('\n');
    out.stringToSign.append(out.sdkDate).append('\n');
    out.stringToSign.append(QCryptographicHash::hash(creq, QCryptographicHash::Sha256).toHex());

    out.signature = QMessageAuthenticationCode::hash(out.stringToSign, credentials.secretKey,
                                                     QCryptographicHash::Sha256)
                        .toHex();
    out.authorization = QByteArray(RequestSigner::Algorithm) +
                        " Access=" + credentials.accessKey.toUtf8() +
                        ", SignedHeaders=" + out.signedHeaders + ", Signature=" + out.signature;

    out.request.setHeader(QByteArrayLiteral("Authorization"), out.authorization);
    out.headersToSend = out.request.headers;
    return out;
}

} // namespace

AuthorizationHeader AuthorizationHeader::parse(const QByteArray &value)
{
    AuthorizationHeader out;
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return out;
    out.algorithm = trimmed.left(space);
    const QList<QByteArray> parts = trimmed.mid(space + 1).split(',');
    bool haveAccess = false;
    bool haveHeaders = false;
    bool haveSignature = false;
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            return out;
        const QByteArray key = part.left(eq);
        const QByteArray val = part.mid(eq + 1);
        if (key == "Access") {
            out.accessKey = QString::fromUtf8(val);
            haveAccess = !val.isEmpty();
        } else if (key == "SignedHeaders") {
            out.signedHeaders = val.split(';');
            haveHeaders = !val.isEmpty();
        } else if (key == "Signature") {
            out.signature = val;
            haveSignature = !val.isEmpty();
        }
    }
    out.valid = haveAccess && haveHeaders && haveSignature;
    return out;
}

} // namespace dataarts
