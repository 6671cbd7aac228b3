#include "IamHandler.h"

#include "core/Json.h"
#include "core/TimeFormat.h"
#include "http/Router.h"
#include "world/SandboxWorld.h"

#include <QJsonArray>

namespace dataarts::sandbox {

namespace {

QJsonObject projectJson(const SandboxWorld &world, const Project &p, const QString &base)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("domain_id"), world.directory.accountId},
        {QStringLiteral("parent_id"), world.directory.accountId},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("is_domain"), false},
        {QStringLiteral("links"),
         QJsonObject{
             {QStringLiteral("self"), QString(base + QStringLiteral("/v3/projects/") + p.id)}}},
    };
}

QString baseUrl(const Exchange &ex)
{
    return ex.request.http.scheme + QStringLiteral("://") +
           QString::fromLatin1(ex.request.header("Host"));
}

} // namespace

void IamHandler::addRoutes(Router &router)
{
    router.add(
        "POST", "/v3/auth/tokens", "iam.tokens", Service::Iam, [this](Exchange &ex) { tokens(ex); },
        false);
    router.add("GET", "/v3/projects", "iam.projects", Service::Iam,
               [this](Exchange &ex) { projects(ex); });
}

void IamHandler::invalid(Exchange &ex, const QString &key) const
{
    ex.response = m_errors.iam(400, QStringLiteral("IAM.0011"),
                               QStringLiteral("Request parameter %1 is invalid.").arg(key));
}

void IamHandler::tokens(Exchange &ex)
{
    QString error;
    const std::optional<QJsonObject> body = json::parseObject(ex.request.http.body, &error);
    if (!body) {
        invalid(ex, QStringLiteral("body"));
        return;
    }
    const QJsonObject auth = body->value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    if (!methods.contains(QJsonValue(QStringLiteral("password")))) {
        invalid(ex, QStringLiteral("auth.identity.methods"));
        return;
    }
    const QJsonObject user = identity.value(QStringLiteral("password"))
                                 .toObject()
                                 .value(QStringLiteral("user"))
                                 .toObject();
    const QString name = user.value(QStringLiteral("name")).toString();
    const QString password = user.value(QStringLiteral("password")).toString();
    const QString domain =
        user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    if (name.isEmpty() || password.isEmpty() || domain.isEmpty()) {
        invalid(ex, QStringLiteral("auth.identity.password.user"));
        return;
    }

    const QJsonObject scope = auth.value(QStringLiteral("scope")).toObject();
    const QJsonObject projectScope = scope.value(QStringLiteral("project")).toObject();
    const Directory &dir = m_world.directory;
    const Project *project = nullptr;
    if (!projectScope.isEmpty()) {
        for (const Project &p : dir.projects) {
            if (p.id == projectScope.value(QStringLiteral("id")).toString() ||
                p.name == projectScope.value(QStringLiteral("name")).toString())
                project = &p;
        }
        if (!project) {
            invalid(ex, QStringLiteral("auth.scope.project"));
            return;
        }
    } else if (!scope.contains(QStringLiteral("domain"))) {
        invalid(ex, QStringLiteral("auth.scope"));
        return;
    }

    const User *account = m_world.users.byName(name);
    if (!account || account->password.isEmpty() || account->password != password ||
        domain != dir.accountName) {
        ex.response = m_errors.iam(401, QStringLiteral("IAM.0004"),
                                   QStringLiteral("The username or password is wrong."));
        return;
    }

    const qint64 now = m_world.clock.nowMs();
    const QByteArray token =
        m_world.tokens.issue(account->name, project ? project->id : QString(), now);
    const QJsonObject domainJson{{QStringLiteral("id"), dir.accountId},
                                 {QStringLiteral("name"), dir.accountName}};
    QJsonObject tokenJson{
        {QStringLiteral("expires_at"), timefmt::isoMillis(now + TokenStore::LifetimeMs)},
        {QStringLiteral("issued_at"), timefmt::isoMillis(now)},
        {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
        {QStringLiteral("roles"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), dir.accountId.left(16)},
                                {QStringLiteral("name"), QStringLiteral("te_admin")}}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), account->id},
                                             {QStringLiteral("name"), account->name},
                                             {QStringLiteral("domain"), domainJson},
                                             {QStringLiteral("password_expires_at"), QString()}}},
    };
    if (project) {
        tokenJson.insert(QStringLiteral("project"),
                         QJsonObject{{QStringLiteral("id"), project->id},
                                     {QStringLiteral("name"), project->name},
                                     {QStringLiteral("domain"), domainJson}});
    } else {
        tokenJson.insert(QStringLiteral("domain"), domainJson);
    }
    if (!ex.request.hasQuery(QStringLiteral("nocatalog"))) {
        const QString region = project ? project->name : dir.project.name;
        tokenJson.insert(
            QStringLiteral("catalog"),
            QJsonArray{QJsonObject{
                {QStringLiteral("type"), QStringLiteral("dayu")},
                {QStringLiteral("name"), QStringLiteral("dayu")},
                {QStringLiteral("id"), dir.accountId.right(16)},
                {QStringLiteral("endpoints"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), dir.accountId.left(12)},
                                        {QStringLiteral("interface"), QStringLiteral("public")},
                                        {QStringLiteral("region"), region},
                                        {QStringLiteral("region_id"), region},
                                        {QStringLiteral("url"), baseUrl(ex)}}}}}});
    }
    ex.response =
        SandboxResponse::json(201, json::bytes(QJsonObject{{QStringLiteral("token"), tokenJson}}),
                              "application/json;charset=utf8");
    ex.response.headers.append({QByteArrayLiteral("X-Subject-Token"), token});
}

void IamHandler::projects(Exchange &ex)
{
    const QString name = ex.request.query(QStringLiteral("name"));
    const QString base = baseUrl(ex);
    QJsonArray list;
    for (const Project &p : m_world.directory.projects) {
        if (name.isEmpty() || p.name == name)
            list.append(projectJson(m_world, p, base));
    }
    const QJsonObject body{
        {QStringLiteral("projects"), list},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), QString(base + QStringLiteral("/v3/projects"))},
                     {QStringLiteral("previous"), QJsonValue::Null},
                     {QStringLiteral("next"), QJsonValue::Null}}},
    };
    ex.response = SandboxResponse::json(200, json::bytes(body), "application/json;charset=utf8");
}

} // namespace dataarts::sandbox
