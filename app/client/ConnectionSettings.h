#pragma once

#include "signing/Credentials.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dataarts {

// Per-service client-side rate limits (spec/product.md "Batch engine"; configurable).
struct RateLimits {
    int dataServicePerWindow = 120;    // DataService management APIs: 120 requests ...
    int dataServiceWindowSeconds = 10; // ... per 10 s per user
    int architectureWritesPerMinute = 120;
    int architectureReadsPerMinute = 240;
    // Not published for the Data Catalog and Factory reads; the Architecture reads' limit.
    int catalogReadsPerMinute = 240;
    int factoryReadsPerMinute = 240;
};

enum class AuthMethod {
    AkSk,        // every request signed with SDK-HMAC-SHA256
    IamPassword, // IAM user + account + password -> X-Auth-Token
};

enum class ProxyMode {
    System,
    None,
    Manual,
};

// Everything a session needs to talk to one DataArts Studio workspace. Built from a
// profile (non-secret fields) plus the secrets read from the keychain; never persisted as
// a whole (see profiles/).
struct ConnectionSettings {
    QUrl endpoint;    // https://dayu.<region>.myhuaweicloud.com, or a custom / sandbox URL
    QUrl iamEndpoint; // https://iam.<region>.myhuaweicloud.com; for the sandbox, the same URL
    QString region;
    QString projectId;
    QString instanceId;
    QString workspace;
    QString dlmType; // "SHARED", "EXCLUSIVE" or empty (header not sent)

    AuthMethod auth = AuthMethod::AkSk;
    Credentials akSk;
    QString iamUserName;
    QString iamAccountName;
    QByteArray iamPassword;

    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    QByteArray proxyPassword;

    QString caBundlePath; // PEM file added to the default trust; empty: system trust only

    int connectTimeoutMs = 15000;
    int transferTimeoutMs = 60000;
    // After a write's outcome became unknown (timeout, reset, 5xx after sending), "not
    // applied" is believed only from reads made this long after it was sent, since a
    // gateway may still process a request after the client gave up; and only when two
    // such reads, a quarter of this apart, agree. 0: one read at once (servers that answer
    // only after applying, such as the sandbox without its latency fault).
    int unknownGraceMs = 180000;
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    RateLimits rateLimits;
};

} // namespace dataarts
