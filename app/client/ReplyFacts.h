#pragma once

#include "CertificateInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>

namespace dataarts {

// Everything known about one attempt when it ended: pure data, so that ErrorMapper is a
// plain function (unit-tested and fuzzed without a network).
struct ReplyFacts {
    enum class Abort { None, Cancelled, ConnectTimeout, TransferTimeout, TooLarge };

    // The request.
    bool idempotent = true;      // safe to repeat (GET, the IAM token request)
    bool expectJson = true;      // a 2xx must carry a JSON body (false: 204-style calls)
    bool allowEmptyBody = false; // with expectJson: an empty 2xx body is fine too
    bool requestSent = false;    // the whole request left for the server

    // What happened.
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    Abort abort = Abort::None;
    qint64 sizeLimit = 0;
    QStringList tlsErrors;
    QList<CertificateInfo> certificates;

    // The answer (status 0: none).
    int httpStatus = 0;
    QByteArray contentType;
    qint64 contentLength = -1; // Content-Length header, -1 when absent
    QByteArray body;
    QByteArray requestId;  // X-Request-Id
    QByteArray dateHeader; // Date
    QByteArray retryAfter; // Retry-After
    QByteArray location;   // Location (redirects are not followed)
    QDateTime localTime;   // the local clock (without any correction) when it ended
};

} // namespace dataarts
