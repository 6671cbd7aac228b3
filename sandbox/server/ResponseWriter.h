#pragma once

#include "http/HttpTypes.h"

#include <QByteArray>
#include <QString>

class QTcpSocket;

namespace dataarts::sandbox {

// Writes a SandboxResponse as HTTP/1.1 on the raw socket, with the body faults applied:
// truncated (the declared length is not sent, then the connection closes), malformed
// JSON, or dribbled slowly with timers (never a sleep).
class ResponseWriter
{
public:
    struct Options {
        QByteArray date;      // Date header value (from the sandbox clock)
        QByteArray requestId; // X-Request-Id
        bool keepAlive = true;
        bool truncate = false;
        bool malformed = false;
        int slowBodyMs = 0;
    };

    // Returns the outcome for the statistics: the status code, "truncated" when cut short.
    static QString write(QTcpSocket *socket, SandboxResponse response, const Options &options);

    // Resets the connection (RST, not FIN) so the client sees "connection reset".
    static void reset(QTcpSocket *socket);

    // The 502 page a gateway in front of the service answers with.
    static SandboxResponse htmlBadGateway();

    static QByteArray reason(int status);
};

} // namespace dataarts::sandbox
