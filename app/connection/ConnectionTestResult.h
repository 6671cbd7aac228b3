#pragma once

#include "client/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace dataarts {

// What "Test connection" found: the call worked (with its latency and the clock offset
// to the server), or the exact error.
struct ConnectionTestResult {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestResult)
public:
    bool ok = false;
    qint64 latencyMs = -1;    // start to answer, token and retries included
    qint64 clockOffsetMs = 0; // server minus local clock (positive: this computer is behind)
    QDateTime serverTime;     // the server's clock when it answered (UTC); may be invalid
    ApiError error;           // when !ok

    // Translated: "Connected: the server answered in 35 ms; this computer's clock is in
    // step with the server." or error.message() verbatim.
    QString message() const;
    // Translated clock-offset warning; empty unless the offset is more than a minute.
    QString clockWarning() const;
};

} // namespace dataarts
