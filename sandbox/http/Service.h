#pragma once

namespace dataarts::sandbox {

// Which emulated service a route belongs to: decides the error-body shape, whether the
// workspace header is needed and which token bucket applies.
enum class Service { Iam, Discovery, Architecture, DataService, Catalog, Factory };

enum class RateClass {
    None,
    DataService,
    ArchitectureRead,
    ArchitectureWrite,
    CatalogRead,
    FactoryRead
};

} // namespace dataarts::sandbox
