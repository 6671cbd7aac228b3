#include "FakeHttpServer.h"

#include <QLocale>
#include <QTcpSocket>
#include <QTimeZone>

namespace {

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c()
        .toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray reason(int status)
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
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FakeHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrl FakeHttpServer::Request::url(quint16 port) const
{
    return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(port) + target);
}

FakeHttpServer::Reply FakeHttpServer::Reply::json(const QByteArray &body, int status)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

FakeHttpServer::Reply FakeHttpServer::Reply::with(Action action)
{
    Reply r;
    r.action = action;
    return r;
}

FakeHttpServer::Reply &FakeHttpServer::Reply::header(const QByteArray &name,
                                                     const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setProperty("connection", m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            r.headers.append(qMakePair(name, value));
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break; // wait for the rest of the body
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        r.receivedAtMs = m_clock.elapsed();
        r.connection = socket->property("connection").toInt();
        m_requests.append(r);
        answer(socket, r);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    socket->setProperty("buffer", buffer);
}

void FakeHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    Reply reply;
    if (!m_queue.isEmpty())
        reply = m_queue.takeFirst();
    else if (m_handler)
        reply = m_handler(request);
    else
        reply = Reply::json("{}");

    switch (reply.action) {
    case Reply::Reset:
        socket->abort();
        return;
    case Reply::CloseSilently:
        socket->disconnectFromHost();
        return;
    case Reply::Hang:
        return;
    case Reply::Respond:
    case Reply::TruncateBody:
        break;
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    bool hasLength = false;
    for (const auto &h : reply.headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasLength = hasLength || h.first.compare("content-length", Qt::CaseInsensitive) == 0;
    }
    if (reply.addDate)
        out += "Date: " + httpDate(QDateTime::currentDateTimeUtc().addSecs(reply.dateOffsetSecs)) +
               "\r\n";
    if (reply.noContentLength)
        out += "Connection: close\r\n";
    else if (!hasLength) {
        const qint64 announced =
            reply.action == Reply::TruncateBody ? reply.body.size() * 2 + 10 : reply.body.size();
        out += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    }
    out += "\r\n" + reply.body;
    socket->write(out);
    if (reply.action == Reply::TruncateBody || reply.noContentLength) {
        socket->flush();
        socket->disconnectFromHost();
    }
}
