#pragma once

#include "gateway/AuthVerifier.h"
#include "gateway/FaultInjector.h"
#include "gateway/RateLimiter.h"
#include "gateway/RequestLog.h"
#include "http/ErrorFactory.h"
#include "http/HttpTypes.h"
#include "http/Router.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpSocket;

namespace dataarts::sandbox {

class ControlHandler;
class HandlerBase;
class SandboxWorld;

// The HTTP front of the sandbox: QAbstractHttpServer parses requests, and every answer is
// written on the raw socket so faults (resets, truncation, slow bodies) and headers (Date
// from the sandbox clock, keep-alive) are under our control. Each request goes: request
// log -> route -> latency (a timer) -> "before" faults -> authentication -> throttling ->
// project / workspace checks -> handler -> "after" faults -> write.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxWorld &world, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (TLS when the options name a certificate).
    bool start(QString *error);
    QUrl url() const { return m_url; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct InFlight {
        SandboxRequest request;
        QPointer<QTcpSocket> socket;
        bool keepAlive = true;
        const Route *route = nullptr;
        QHash<QString, QString> params;
        FaultPlan plan;
    };

    void dispatch(const std::shared_ptr<InFlight> &flight);
    // Everything between the faults and the handler; false when it already answered.
    bool admit(InFlight &flight, Exchange &ex);
    void deliver(const std::shared_ptr<InFlight> &flight, SandboxResponse response, Fault after);
    void respond(InFlight &flight, SandboxResponse response, Fault after = Fault::None);
    void record(InFlight &flight, const QString &outcome);

    SandboxWorld &m_world;
    ErrorFactory m_errors;
    AuthVerifier m_auth;
    RateLimiter m_limiter;
    FaultInjector m_faults;
    RequestLog m_log;
    Router m_router;
    std::vector<std::unique_ptr<HandlerBase>> m_handlers;
    std::unique_ptr<ControlHandler> m_control;
    QTimer m_tick;
    QUrl m_url;
    quint64 m_sequence = 0;
};

} // namespace dataarts::sandbox
