#pragma once

#include "Credentials.h"
#include "SignableRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace dataarts {

// Everything the SDK-HMAC-SHA256 algorithm produces for one request, kept so that the CLI
// can print it and tests can check each intermediate.
struct SignedRequest {
    QByteArray sdkDate; // X-Sdk-Date value used
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;  // "host;x-sdk-date"
    QByteArray signature;      // lowercase hex
    QByteArray authorization;  // full Authorization header value
    HeaderItems headersToSend; // every header to send, X-Sdk-Date and Authorization included
    SignableRequest request;   // the request with those headers, ready to send
};

// Parsed "SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=..." header.
struct AuthorizationHeader {
    QByteArray algorithm;
    QString accessKey;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
    bool valid = false;

    static AuthorizationHeader parse(const QByteArray &value);
};

// SDK-HMAC-SHA256 as Huawei Cloud's API gateway checks it (dataarts-api.md section 5.1).
// Which headers are signed is data: the policy names them, and those present are signed.
class RequestSigner
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr const char *Algorithm = "SDK-HMAC-SHA256";

    // host, content-type, workspace, x-project-id, x-sdk-date, x-security-token
    static QList<QByteArray> defaultPolicy();

    explicit RequestSigner(QList<QByteArray> policy = defaultPolicy(), Clock clock = {});

    // Signs the request. An X-Sdk-Date already on the request is kept; otherwise one is
    // taken from the clock. "host" in the policy signs the Host header, derived from the URL
    // when the request does not carry one.
    SignedRequest sign(const SignableRequest &request, const Credentials &credentials) const;

    // Signs exactly the named headers (verification side: the names come from the
    // Authorization header being checked).
    static SignedRequest signWithHeaders(const SignableRequest &request,
                                         const Credentials &credentials,
                                         const QList<QByteArray> &signedHeaderNames);

    const QList<QByteArray> &policy() const { return m_policy; }

private:
    QList<QByteArray> m_policy;
    Clock m_clock;
};

} // namespace dataarts
