#include "ResponseWriter.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace dataarts::sandbox {

namespace {

void finish(QTcpSocket *socket, bool keepAlive)
{
    if (!keepAlive)
        socket->disconnectFromHost();
}

// Sends body[from..] in `left` chunks spaced `stepMs` apart.
void dribble(QPointer<QTcpSocket> socket, QByteArray body, qsizetype from, int left, int stepMs,
             bool keepAlive)
{
    if (!socket)
        return;
    const qsizetype size = left <= 1 ? body.size() - from : (body.size() - from) / left;
    socket->write(body.constData() + from, size);
    from += size;
    if (from >= body.size()) {
        finish(socket, keepAlive);
        return;
    }
    QTimer::singleShot(stepMs, Qt::PreciseTimer, socket,
                       [socket, body, from, left, stepMs, keepAlive] {
                           dribble(socket, body, from, left - 1, stepMs, keepAlive);
                       });
}

} // namespace

QByteArray ResponseWriter::reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

SandboxResponse ResponseWriter::htmlBadGateway()
{
    SandboxResponse r;
    r.status = 502;
    r.contentType = "text/html";
    r.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
             "</body>\r\n</html>\r\n";
    return r;
}

QString ResponseWriter::write(QTcpSocket *socket, SandboxResponse r, const Options &o)
{
    QString outcome = QString::number(r.status);
    if (o.malformed) {
        // Valid-looking start, broken end.
        const QByteArray start =
            r.body.isEmpty() ? QByteArray("{\"error_code\":") : r.body.left(r.body.size() / 2);
        r.body = start + "\"<<unterminated";
        if (r.status == 204)
            r.status = 200;
        if (r.contentType.isEmpty())
            r.contentType = "application/json";
        outcome = QStringLiteral("malformed");
    }
    qsizetype declared = r.body.size();
    QByteArray sent = r.body;
    if (o.truncate) {
        if (r.status == 204)
            r.status = 200;
        if (declared == 0) {
            r.body = "{\"data\":{\"value\":{}}}";
            declared = r.body.size();
        }
        sent = r.body.left(declared / 2);
        outcome = QStringLiteral("truncated");
    }

    QByteArray head;
    head.reserve(256 + r.headers.size() * 64);
    head += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    head += "Date: " + o.date + "\r\n";
    head += "Server: api-gateway\r\n";
    head += "X-Request-Id: " + o.requestId + "\r\n";
    if (!r.contentType.isEmpty())
        head += "Content-Type: " + r.contentType + "\r\n";
    for (const HeaderItem &h : std::as_const(r.headers))
        head += h.first + ": " + h.second + "\r\n";
    if (r.status != 204)
        head += "Content-Length: " + QByteArray::number(declared) + "\r\n";
    head += o.keepAlive && !o.truncate ? QByteArrayLiteral("Connection: keep-alive\r\n")
                                       : QByteArrayLiteral("Connection: close\r\n");
    head += "\r\n";

    if (o.slowBodyMs > 0 && !sent.isEmpty() && !o.truncate) {
        socket->write(head);
        const int chunks = int(qMin<qsizetype>(10, sent.size()));
        const int step = qMax(1, o.slowBodyMs / chunks);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(step, Qt::PreciseTimer, socket, [guard, sent, chunks, step, o] {
            dribble(guard, sent, 0, chunks, step, o.keepAlive);
        });
        return outcome;
    }
    socket->write(head + sent);
    socket->flush(); // out now, not on the next turn of the event loop
    if (o.truncate) {
        socket->disconnectFromHost(); // flushes what was written, then FIN
        return outcome;
    }
    finish(socket, o.keepAlive);
    return outcome;
}

void ResponseWriter::reset(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger l {
        };
        l.l_onoff = 1;
        l.l_linger = 0;
#ifdef Q_OS_WIN
        ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&l),
                     sizeof l);
#else
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
#endif
    }
    socket->abort();
}

} // namespace dataarts::sandbox
