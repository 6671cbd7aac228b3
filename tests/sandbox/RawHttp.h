#pragma once

#include "signing/SignableRequest.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QUrl>

// One HTTP/1.1 exchange on a plain QTcpSocket, for the fault tests: unlike
// QNetworkAccessManager it never retries, and it shows exactly what arrived (a body cut
// short, a reset, a slow body in pieces).
struct RawExchange {
    bool connected = false;
    QByteArray received; // everything read
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qsizetype declaredLength = -1; // Content-Length
    bool complete = false;         // the whole declared body arrived
    bool closedByPeer = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    int reads = 0; // how many pieces arrived

    QByteArray header(const QByteArray &name) const;
};

namespace rawhttp {

// Serializes the request (Host from the URL, Content-Length added).
QByteArray serialize(const dataarts::SignableRequest &request, bool keepAlive = false);

// Sends one request and reads the answer until it is complete or the peer closes.
RawExchange exchange(const QUrl &base, const dataarts::SignableRequest &request,
                     int timeoutMs = 20000);

// Parses what arrived (status, headers, body) into `out`.
void parse(RawExchange &out);

} // namespace rawhttp
