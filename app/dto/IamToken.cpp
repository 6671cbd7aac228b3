#include "IamToken.h"

#include "JsonReader.h"

namespace dataarts {

bool IamToken::decode(const QJsonValue &value, const QString &path, IamToken *out,
                      DecodeError *error) {
    if (!value.isObject()) {
        error->path = path;
        error->reason = QStringLiteral("expected an object");
        return false;
    }
    JsonReader top(value.toObject(), path, error);
    const QJsonObject token = top.object(QLatin1String("token"), JsonReader::Required);
    if (!top.ok())
        return false;
    JsonReader r(token, top.childPath(QLatin1String("token")), error);
    out->expiresAt = r.time(QLatin1String("expires_at"), JsonReader::Required);
    out->issuedAt = r.time(QLatin1String("issued_at"));
    const QJsonObject user = r.object(QLatin1String("user"));
    const QJsonObject project = r.object(QLatin1String("project"));
    if (!r.ok())
        return false;
    JsonReader u(user, r.childPath(QLatin1String("user")), error);
    out->userId = u.id(QLatin1String("id"));
    out->userName = u.string(QLatin1String("name"));
    const QJsonObject domain = u.object(QLatin1String("domain"));
    JsonReader d(domain, u.childPath(QLatin1String("domain")), error);
    out->domainName = d.string(QLatin1String("name"));
    JsonReader p(project, r.childPath(QLatin1String("project")), error);
    out->projectId = p.id(QLatin1String("id"));
    out->projectName = p.string(QLatin1String("name"));
    return p.ok();
}

} // namespace dataarts
