#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A tiny scriptable HTTP/1.1 server on loopback for unit tests of single client classes:
// records every request and answers it as the test's handler says (an answer, a reset, a
// cut body, silence). Integration tests use dataarts-sandbox instead.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target; // path?query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAtMs = 0; // on the server's monotonic clock
        int connection = 0;

        QByteArray header(const QByteArray &name) const;
        QUrl url(quint16 port) const;
    };

    struct Reply {
        enum Action { Respond, Reset, Hang, TruncateBody, CloseSilently };
        Action action = Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool addDate = true;
        bool noContentLength = false; // body delimited by closing the connection
        qint64 dateOffsetSecs = 0;    // Date header this far from now

        static Reply json(const QByteArray &body, int status = 200);
        static Reply with(Action action);
        Reply &header(const QByteArray &name, const QByteArray &value);
    };

    using Handler = std::function<Reply(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers the next requests with these replies, in order; then the handler.
    void enqueue(const Reply &reply) { m_queue.append(reply); }

    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<Reply> m_queue;
    QList<Request> m_requests;
    int m_connections = 0;
};
