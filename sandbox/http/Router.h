#pragma once

#include "HttpTypes.h"
#include "Service.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dataarts::sandbox {

// One endpoint: method, path pattern ("/v2/{project_id}/design/all-tables"), a kind name
// for statistics, its service, and the handler.
struct Route {
    using Handler = std::function<void(Exchange &)>;

    QByteArray method;
    QStringList segments;
    QString kind;
    Service service = Service::Architecture;
    bool needsAuth = true;
    Handler handler;

    RateClass rateClass() const;
    bool needsWorkspace() const
    {
        return service == Service::Architecture || service == Service::DataService ||
               service == Service::Catalog || service == Service::Factory;
    }
};

class Router
{
public:
    void add(const char *method, const char *pattern, const char *kind, Service service,
             Route::Handler handler, bool needsAuth = true);

    // The route for the request, with its captures; null when none matches.
    const Route *match(const QByteArray &method, const QString &path,
                       QHash<QString, QString> *params) const;

private:
    std::vector<Route> m_routes;
};

} // namespace dataarts::sandbox
