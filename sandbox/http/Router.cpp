#include "Router.h"

namespace dataarts::sandbox {

RateClass Route::rateClass() const
{
    if (service == Service::DataService)
        return RateClass::DataService;
    if (service == Service::Architecture)
        return method == "GET" ? RateClass::ArchitectureRead : RateClass::ArchitectureWrite;
    if (service == Service::Catalog)
        return RateClass::CatalogRead;
    if (service == Service::Factory)
        return RateClass::FactoryRead;
    return RateClass::None;
}

void Router::add(const char *method, const char *pattern, const char *kind, Service service,
                 Route::Handler handler, bool needsAuth)
{
    Route route;
    route.method = method;
    route.segments = QString::fromLatin1(pattern).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    route.kind = QString::fromLatin1(kind);
    route.service = service;
    route.needsAuth = needsAuth;
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

const Route *Router::match(const QByteArray &method, const QString &path,
                           QHash<QString, QString> *params) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> captures;
        bool ok = true;
        for (int i = 0; ok && i < segments.size(); ++i) {
            const QString &pattern = route.segments.at(i);
            if (pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}')))
                captures.insert(pattern.mid(1, pattern.size() - 2), segments.at(i));
            else
                ok = pattern == segments.at(i);
        }
        if (ok) {
            *params = captures;
            return &route;
        }
    }
    return nullptr;
}

} // namespace dataarts::sandbox
