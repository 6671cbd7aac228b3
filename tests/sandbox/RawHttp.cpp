#include "RawHttp.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace dataarts;

QByteArray RawExchange::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace rawhttp {

QByteArray serialize(const SignableRequest &r, bool keepAlive)
{
    const QUrl url = r.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray out = r.method + ' ' + target + " HTTP/1.1\r\n";
    if (!r.hasHeader("Host"))
        out += "Host: " + r.hostHeader().toLatin1() + "\r\n";
    for (const auto &h : r.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out +=
        keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    out += "\r\n" + r.body;
    return out;
}

void parse(RawExchange &out)
{
    const qsizetype end = out.received.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = out.received.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    out.status = statusLine.value(1).toInt();
    out.headers.clear();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    out.body = out.received.mid(end + 4);
    const QByteArray length = out.header("Content-Length");
    out.declaredLength = length.isEmpty() ? -1 : length.toLongLong();
    out.complete =
        out.declaredLength < 0 ? out.closedByPeer : out.body.size() >= out.declaredLength;
    if (out.declaredLength >= 0 && out.body.size() > out.declaredLength)
        out.body.truncate(out.declaredLength);
}

RawExchange exchange(const QUrl &base, const SignableRequest &request, int timeoutMs)
{
    RawExchange out;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(timeoutMs)) {
        out.error = socket.error();
        return out;
    }
    out.connected = true;
    socket.write(serialize(request));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 &&
            !socket.waitForReadyRead(int(timeoutMs - timer.elapsed()))) {
            out.received += socket.readAll();
            out.error = socket.error();
            out.closedByPeer = socket.state() != QAbstractSocket::ConnectedState ||
                               out.error == QAbstractSocket::RemoteHostClosedError;
            break;
        }
        const QByteArray piece = socket.readAll();
        if (!piece.isEmpty()) {
            ++out.reads;
            out.received += piece;
        }
        parse(out);
        if (out.complete && out.status != 0)
            break;
    }
    parse(out);
    return out;
}

} // namespace rawhttp
