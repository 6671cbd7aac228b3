#include "SandboxServer.h"

#include "ResponseWriter.h"
#include "core/TimeFormat.h"
#include "handlers/ApiActionHandler.h"
#include "handlers/ApiPublishHandler.h"
#include "handlers/ApisHandler.h"
#include "handlers/ApprovalsHandler.h"
#include "handlers/BatchHandler.h"
#include "handlers/CatalogHandler.h"
#include "handlers/ControlHandler.h"
#include "handlers/DiscoveryHandler.h"
#include "handlers/FactoryHandler.h"
#include "handlers/IamHandler.h"
#include "handlers/ReviewHandler.h"
#include "handlers/StatisticsHandler.h"
#include "handlers/TablesHandler.h"
#include "world/SandboxWorld.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace dataarts::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

Text gatewayText(const char *en, const char *zh)
{
    return {QString::fromUtf8(en), QString::fromUtf8(zh)};
}

// The code of an injected 500, and of an injected 403 (the "forbidden" fault).
QString internalErrorCode(Service service)
{
    switch (service) {
    case Service::Architecture:
        return QStringLiteral("DS.6000");
    case Service::Catalog:
        return QStringLiteral("DLG.1000");
    case Service::Factory:
        return QStringLiteral("DLF.1000");
    default:
        return QStringLiteral("DLS.1000");
    }
}

QString forbiddenCode(Service service)
{
    switch (service) {
    case Service::Architecture:
        return QStringLiteral("DS.6003");
    case Service::Catalog:
        return QStringLiteral("DLG.0403");
    case Service::Factory:
        return QStringLiteral("DLF.0403");
    case Service::Iam:
        return QStringLiteral("IAM.0003");
    default:
        return QStringLiteral("DLM.0403");
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxWorld &world, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_world(world)
    , m_errors(world.options.errorsArrayShape)
    , m_auth(world.users, world.tokens)
    , m_limiter(world.options)
    , m_faults(world.options)
{
    m_handlers.push_back(std::make_unique<IamHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<DiscoveryHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<TablesHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<ApprovalsHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<BatchHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<ApisHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<ApiActionHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<ApiPublishHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<ReviewHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<StatisticsHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<CatalogHandler>(world, m_errors));
    m_handlers.push_back(std::make_unique<FactoryHandler>(world, m_errors));
    for (const auto &handler : m_handlers)
        handler->addRoutes(m_router);
    m_control = std::make_unique<ControlHandler>(world, m_errors, m_faults, m_limiter, m_log);

    // Scheduled changes happen on time even when no request comes in.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this,
            [this] { m_world.scheduler.runDue(m_world.clock.nowMs()); });
    m_tick.start();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    const SandboxOptions &o = m_world.options;
    QTcpServer *server = nullptr;
    QString scheme = QStringLiteral("http");
    if (!o.tlsCertFile.isEmpty()) {
        QFile certFile(o.tlsCertFile);
        QFile keyFile(o.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the TLS certificate or key");
            return false;
        }
        const QList<QSslCertificate> certs =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certs.isEmpty() || key.isNull()) {
            *error = QStringLiteral("%1 holds no PEM certificate, or %2 no RSA/EC PEM key")
                         .arg(o.tlsCertFile, o.tlsKeyFile);
            return false;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(certs);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(conf);
        server = ssl;
        scheme = QStringLiteral("https");
    } else {
        server = new QTcpServer(this);
    }
    server->setListenBacklogSize(1024);
    server->setMaxPendingConnections(1024);
    if (!server->listen(QHostAddress::LocalHost, o.port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                     .arg(o.port)
                     .arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_url = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(server->serverPort()));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto flight = std::make_shared<InFlight>();
    SandboxRequest &r = flight->request;
    const QUrl url = request.url();
    r.http = SignableRequest::fromUrl(methodName(request.method()), url);
    r.http.scheme = m_url.scheme();
    r.http.headers = request.headers();
    r.http.body = request.body();
    r.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    r.sequence = ++m_sequence;
    r.receivedMs = m_world.clock.nowMs();
    r.requestId =
        QByteArray::number(Rng::mix(m_world.options.seed, r.sequence), 16).rightJustified(16, '0') +
        QByteArray::number(Rng::mix(r.sequence, 0x1D), 16).rightJustified(16, '0');
    flight->socket = socket;
    flight->keepAlive = !r.header("Connection").toLower().contains("close");

    m_world.scheduler.runDue(r.receivedMs);

    if (r.path().startsWith(QLatin1String("/__sandbox/"))) {
        respond(*flight, m_control->handle(r));
        return true;
    }

    flight->route = m_router.match(r.method(), r.path(), &flight->params);
    const QString kind = flight->route ? flight->route->kind : QStringLiteral("unknown");
    m_log.append(r, kind);
    m_world.stats.countRequest(kind);
    if (!flight->route) {
        respond(*flight,
                m_errors.gateway(404, QStringLiteral("APIGW.0101"),
                                 QStringLiteral("The API does not exist or has not been published "
                                                "in the environment."),
                                 r.requestId));
        return true;
    }
    flight->plan = m_faults.plan(r.path());
    if (flight->plan.latencyMs > 0) {
        QTimer::singleShot(flight->plan.latencyMs, Qt::PreciseTimer, this,
                           [this, flight] { dispatch(flight); });
    } else {
        dispatch(flight);
    }
    return true;
}

void SandboxServer::dispatch(const std::shared_ptr<InFlight> &flight)
{
    InFlight &f = *flight;
    m_world.scheduler.runDue(m_world.clock.nowMs());
    const Service service = f.route->service;
    switch (f.plan.before) {
    case Fault::Reset:
        if (f.socket)
            ResponseWriter::reset(f.socket);
        record(f, QStringLiteral("reset"));
        return;
    case Fault::Fail503:
        respond(f, m_errors.gateway(503, QStringLiteral("APIGW.0203"),
                                    QStringLiteral("Backend unavailable"), f.request.requestId));
        return;
    case Fault::Fail500:
        respond(f,
                m_errors.forService(service, 500, internalErrorCode(service),
                                    QStringLiteral("Internal server error"), f.request.requestId));
        return;
    case Fault::Forbidden:
        respond(f, m_errors.forService(
                       service, 403, forbiddenCode(service),
                       gatewayText("You do not have permission to perform this operation.",
                                   "您没有执行该操作的权限。")
                           .pick(f.request.header("X-Language").toLower().startsWith("zh")),
                       f.request.requestId));
        return;
    case Fault::Html:
        respond(f, ResponseWriter::htmlBadGateway());
        return;
    case Fault::Throttle: {
        SandboxResponse r = m_errors.gateway(
            429, QStringLiteral("APIGW.0308"),
            QStringLiteral("The throttling threshold has been reached: policy user over ratelimit"),
            f.request.requestId);
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        respond(f, r);
        return;
    }
    default:
        break;
    }

    Exchange ex{f.request, f.params, nullptr, false, true, {}};
    const QByteArray language = f.request.header("X-Language").toLower();
    ex.chinese = language.startsWith("zh");
    if (!admit(f, ex)) {
        respond(f, ex.response);
        return;
    }
    f.route->handler(ex);
    deliver(flight, ex.response, f.plan.after);
}

bool SandboxServer::admit(InFlight &f, Exchange &ex)
{
    const SandboxRequest &r = f.request;
    const Route &route = *f.route;
    const QString projectId = f.params.value(QStringLiteral("project_id"));

    if (route.needsAuth) {
        const AuthResult auth = m_auth.verify(r, m_world.clock.nowMs());
        if (!auth.ok()) {
            ex.response = m_errors.gateway(401, QStringLiteral("APIGW.0301"),
                                           auth.failure.pick(ex.chinese), r.requestId);
            return false;
        }
        if (auth.viaToken && !projectId.isEmpty() && auth.projectId != projectId) {
            ex.response = m_errors.gateway(
                401, QStringLiteral("APIGW.0301"),
                gatewayText("Incorrect IAM authentication information: the token is not scoped "
                            "to this project",
                            "IAM认证信息错误：Token的作用域不是该项目")
                    .pick(ex.chinese),
                r.requestId);
            return false;
        }
        ex.user = auth.user;
        int retryAfter = 1;
        if (!m_limiter.take(auth.principal, route.rateClass(), m_world.clock.nowMs(),
                            &retryAfter)) {
            const RateLimiter::Policy p = m_limiter.policy(route.rateClass());
            ex.response = m_errors.gateway(
                429, QStringLiteral("APIGW.0308"),
                QStringLiteral("The throttling threshold has been reached: policy user over "
                               "ratelimit, limit:%1, time:%2 second")
                    .arg(p.count)
                    .arg(p.seconds),
                r.requestId);
            ex.response.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
            return false;
        }
    }
    if (!projectId.isEmpty() && projectId != m_world.directory.project.id) {
        ex.response = m_errors.gateway(404, QStringLiteral("APIGW.0101"),
                                       QStringLiteral("The API does not exist or has not been "
                                                      "published in the environment."),
                                       r.requestId);
        return false;
    }
    if (route.service == Service::Architecture && r.hasHeader("X-Project-Id") &&
        QString::fromLatin1(r.header("X-Project-Id").trimmed()) != projectId) {
        ex.response = m_errors.architecture(
            400, QStringLiteral("DS.6000"),
            gatewayText("The X-Project-Id header does not match the project in the path.",
                        "X-Project-Id请求头与路径中的项目ID不一致。")
                .pick(ex.chinese));
        return false;
    }
    if (route.needsWorkspace()) {
        const QString code = route.service == Service::DataService ? QStringLiteral("DLM.4001")
                                                                   : QStringLiteral("DLG.0818");
        const QByteArray value = r.header("workspace").trimmed();
        const Workspace *workspace = m_world.directory.findWorkspace(QString::fromLatin1(value));
        if (!workspace) {
            const Text message =
                value.isEmpty()
                    ? gatewayText("The workspace header is required.", "请求头workspace不能为空。")
                    : Text{
                          QStringLiteral("Workspace not found: %1").arg(QString::fromLatin1(value)),
                          QStringLiteral("工作空间不存在：%1").arg(QString::fromLatin1(value))};
            ex.response = m_errors.forService(route.service, 400, code, message.pick(ex.chinese),
                                              r.requestId);
            return false;
        }
        ex.dataWorkspace = workspace->hasData;
    }
    if (route.service == Service::DataService && r.hasHeader("Dlm-Type")) {
        const QByteArray type = r.header("Dlm-Type").trimmed();
        if (type != "SHARED" && type != "EXCLUSIVE") {
            ex.response = m_errors.dataService(
                400, QStringLiteral("DLS.1000"),
                QStringLiteral("Invalid parameter Dlm-Type: \"%1\" is not SHARED or EXCLUSIVE")
                    .arg(QString::fromLatin1(type)));
            return false;
        }
    }
    return true;
}

void SandboxServer::deliver(const std::shared_ptr<InFlight> &flight, SandboxResponse response,
                            Fault after)
{
    if (response.delayMs > 0) {
        const int delay = response.delayMs;
        response.delayMs = 0;
        QTimer::singleShot(delay, Qt::PreciseTimer, this,
                           [this, flight, response, after] { respond(*flight, response, after); });
        return;
    }
    respond(*flight, std::move(response), after);
}

void SandboxServer::respond(InFlight &f, SandboxResponse response, Fault after)
{
    if (response.beforeWrite) {
        response.beforeWrite();
        response.beforeWrite = nullptr;
    }
    const Service service = f.route ? f.route->service : Service::Discovery;
    if (after == Fault::FailAfter) {
        response =
            m_errors.forService(service, 500, internalErrorCode(service),
                                QStringLiteral("Internal server error"), f.request.requestId);
    }
    bool cutShort = after == Fault::Truncate;
    if (response.status >= 400 && response.status < 500) {
        // The refusal stands (nothing was changed), but its body cannot be read.
        if (after == Fault::Bad4xxEmpty) {
            response.body.clear();
        } else if (after == Fault::Bad4xxHtml) {
            const QByteArray code = QByteArray::number(response.status);
            response.contentType = "text/html";
            response.body = "<html>\r\n<head><title>" + code +
                            " Bad Request</title></head>\r\n<body>\r\n<center><h1>" + code +
                            " Bad Request</h1></center>\r\n<hr><center>nginx</center>\r\n"
                            "</body>\r\n</html>\r\n";
        } else if (after == Fault::Bad4xxTruncated) {
            cutShort = true;
        }
    }
    if (!f.socket || f.socket->state() != QAbstractSocket::ConnectedState) {
        record(f, QStringLiteral("client-gone"));
        return;
    }
    if (after == Fault::ResetAfter) {
        ResponseWriter::reset(f.socket);
        record(f, QStringLiteral("reset"));
        return;
    }
    ResponseWriter::Options o;
    o.date = timefmt::httpDate(m_world.clock.nowMs());
    o.requestId = f.request.requestId;
    o.keepAlive = f.keepAlive;
    o.truncate = cutShort;
    o.malformed = after == Fault::Malformed;
    o.slowBodyMs = f.plan.slowBodyMs;
    record(f, ResponseWriter::write(f.socket, std::move(response), o));
}

void SandboxServer::record(InFlight &f, const QString &outcome)
{
    if (!f.route && f.request.path().startsWith(QLatin1String("/__sandbox/")))
        return; // the control surface stays out of the statistics
    m_world.stats.countOutcome(outcome);
    m_log.setOutcome(f.request.sequence, outcome);
}

} // namespace dataarts::sandbox
