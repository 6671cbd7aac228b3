#pragma once

#include <QLatin1String>

namespace dataarts {

// Which rate-limit bucket (and which base URL) a call belongs to.
enum class Service {
    Iam,               // iam.<region>: no client-side limit
    ArchitectureRead,  // GET under /v2/{pid}/design and discovery: 240 / min per user
    ArchitectureWrite, // approvals writes: 120 / min per user
    DataService,       // /v1/{pid}/service: 120 / 10 s per user
    Catalog,           // Data Catalog reads (entity search, lineage): 240 / min per user
    Factory,           // Factory reads (full-text search): 240 / min per user
};

inline QLatin1String serviceName(Service service)
{
    switch (service) {
    case Service::Iam:
        return QLatin1String("iam");
    case Service::ArchitectureRead:
        return QLatin1String("architecture-read");
    case Service::ArchitectureWrite:
        return QLatin1String("architecture-write");
    case Service::DataService:
        return QLatin1String("dataservice");
    case Service::Catalog:
        return QLatin1String("catalog");
    case Service::Factory:
        return QLatin1String("factory");
    }
    return QLatin1String("?");
}

} // namespace dataarts
