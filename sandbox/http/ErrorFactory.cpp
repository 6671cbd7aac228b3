#include "ErrorFactory.h"

#include "core/Json.h"

namespace dataarts::sandbox {

SandboxResponse ErrorFactory::architecture(int status, const QString &code,
                                           const QString &message) const
{
    QJsonObject body;
    if (m_errorsArray) {
        body.insert(QStringLiteral("errors"),
                    QJsonArray{QJsonObject{{QStringLiteral("error_code"), code},
                                           {QStringLiteral("error_msg"), message}}});
    } else {
        body.insert(QStringLiteral("error_code"), code);
        body.insert(QStringLiteral("error_msg"), message);
        body.insert(QStringLiteral("data"), QJsonValue::Null);
    }
    return SandboxResponse::json(status, json::bytes(body), ArchitectureType);
}

SandboxResponse ErrorFactory::dataService(int status, const QString &code,
                                          const QString &message) const
{
    const QJsonObject body{{QStringLiteral("error_code"), code},
                           {QStringLiteral("error_msg"), message}};
    return SandboxResponse::json(status, json::bytes(body));
}

SandboxResponse ErrorFactory::gateway(int status, const QString &code, const QString &message,
                                      const QByteArray &requestId) const
{
    const QJsonObject body{{QStringLiteral("error_code"), code},
                           {QStringLiteral("error_msg"), message},
                           {QStringLiteral("request_id"), QString::fromLatin1(requestId)}};
    return SandboxResponse::json(status, json::bytes(body));
}

SandboxResponse ErrorFactory::iam(int status, const QString &code, const QString &message) const
{
    QString title = QStringLiteral("Bad Request");
    if (status == 401)
        title = QStringLiteral("Unauthorized");
    else if (status == 403)
        title = QStringLiteral("Forbidden");
    else if (status == 404)
        title = QStringLiteral("Not Found");
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("title"), title}};
    return SandboxResponse::json(status, json::bytes(QJsonObject{{QStringLiteral("error"), error}}),
                                 "application/json;charset=utf8");
}

SandboxResponse ErrorFactory::forService(Service service, int status, const QString &code,
                                         const QString &message, const QByteArray &requestId) const
{
    switch (service) {
    case Service::Architecture:
        return architecture(status, code, message);
    case Service::DataService:
        return dataService(status, code, message);
    case Service::Iam:
        return iam(status, code, message);
    case Service::Discovery:
    case Service::Catalog:
    case Service::Factory:
        return dataService(status, code, message);
    }
    return gateway(status, code, message, requestId);
}

} // namespace dataarts::sandbox
