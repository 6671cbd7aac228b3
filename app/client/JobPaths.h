#pragma once

#include "RequestSpec.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Helpers shared by the job classes: paths, the standard request shapes of each service,
// query building.
namespace dataarts::jobs {

// /v2/{pid}/design/<rest>
inline QString designPath(const QString &projectId, const QString &rest)
{
    return QStringLiteral("/v2/") + projectId + QStringLiteral("/design/") + rest;
}

// /v1/{pid}/service/<rest>
inline QString servicePath(const QString &projectId, const QString &rest)
{
    return QStringLiteral("/v1/") + projectId + QStringLiteral("/service/") + rest;
}

// An Architecture call: workspace + X-Project-Id, application/json;charset=UTF-8.
inline RequestSpec architecture(const QByteArray &method, const QString &path)
{
    RequestSpec s;
    s.method = method;
    s.path = path;
    s.service = method == "GET" ? Service::ArchitectureRead : Service::ArchitectureWrite;
    s.contentType = contentTypes::architecture();
    s.idempotent = method == "GET";
    return s;
}

// A DataService call: workspace + X-Project-Id + Dlm-Type, application/json.
inline RequestSpec dataService(const QByteArray &method, const QString &path)
{
    RequestSpec s;
    s.method = method;
    s.path = path;
    s.service = Service::DataService;
    s.contentType = contentTypes::dataService();
    s.sendDlmType = true;
    s.idempotent = method == "GET";
    return s;
}

// /v3/{pid}/<rest> (Data Catalog: entity search, lineage)
inline QString catalogPath(const QString &projectId, const QString &rest)
{
    return QStringLiteral("/v3/") + projectId + QLatin1Char('/') + rest;
}

// /v2/{pid}/factory/<rest>
inline QString factoryPath(const QString &projectId, const QString &rest)
{
    return QStringLiteral("/v2/") + projectId + QStringLiteral("/factory/") + rest;
}

// A read of the Data Catalog or of Factory: workspace header, application/json. The catalog's
// entity search is a POST that changes nothing, so it is as safe to repeat as a GET.
inline RequestSpec catalogRead(Service service, const QByteArray &method, const QString &path)
{
    RequestSpec s;
    s.method = method;
    s.path = path;
    s.service = service;
    s.contentType = contentTypes::dataService();
    s.idempotent = true;
    return s;
}

// Instance and workspace discovery: no workspace header yet.
inline RequestSpec discovery(const QString &path)
{
    RequestSpec s;
    s.path = path;
    s.service = Service::ArchitectureRead;
    s.contentType = contentTypes::dataService();
    s.headers = RequestSpec::Headers::ProjectOnly;
    return s;
}

inline void add(QueryItems &q, const char *key, const QString &value)
{
    if (!value.isEmpty())
        q.append({QString::fromLatin1(key), value});
}

inline void add(QueryItems &q, const char *key, const QStringList &values)
{
    for (const QString &v : values)
        q.append({QString::fromLatin1(key), v});
}

inline void add(QueryItems &q, const char *key, std::optional<bool> value)
{
    if (value)
        q.append(
            {QString::fromLatin1(key), *value ? QStringLiteral("true") : QStringLiteral("false")});
}

inline void add(QueryItems &q, const char *key, std::optional<int> value)
{
    if (value)
        q.append({QString::fromLatin1(key), QString::number(*value)});
}

// Architecture time filters: RFC 3339, UTC, seconds ("2024-02-24T16:00:00Z").
inline void addArchitectureTime(QueryItems &q, const char *key, const QDateTime &t)
{
    if (t.isValid())
        q.append({QString::fromLatin1(key),
                  t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z')});
}

// DataService time filters: UTC with milliseconds ("2024-02-24T16:00:00.000Z").
inline void addServiceTime(QueryItems &q, const char *key, const QDateTime &t)
{
    if (t.isValid())
        q.append(
            {QString::fromLatin1(key),
             t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z')});
}

// An id that goes into a path: not empty, no '/', no surrounding spaces.
inline bool isPathId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && id.trimmed() == id;
}

} // namespace dataarts::jobs
