#pragma once

#include "core/IdFactory.h"
#include "core/Rng.h"
#include "core/SandboxClock.h"
#include "core/SandboxOptions.h"
#include "data/ApiStore.h"
#include "data/ApprovalStore.h"
#include "data/CallStats.h"
#include "data/CatalogGraph.h"
#include "data/Directory.h"
#include "data/EntityStore.h"
#include "data/FactoryIndex.h"
#include "data/ReviewStore.h"
#include "data/Scheduler.h"
#include "data/Stats.h"
#include "data/TokenStore.h"
#include "data/UserDirectory.h"
#include "rules/ApiWorkflow.h"
#include "rules/ArchitectureWorkflow.h"

namespace dataarts::sandbox {

// Everything the sandbox knows, seeded from the options: users and tokens, the
// directory, Architecture entities and approvals, DataService APIs, clusters, apps and
// review centers, the rules over them, the clock, the scheduler and the counters.
class SandboxWorld
{
public:
    explicit SandboxWorld(const SandboxOptions &options);
    SandboxWorld(const SandboxWorld &) = delete;
    SandboxWorld &operator=(const SandboxWorld &) = delete;

    const SandboxOptions options;
    SandboxClock clock;
    Rng seedRng;
    IdFactory ids;
    UserDirectory users;
    TokenStore tokens;
    Directory directory;
    EntityStore entities;
    ApprovalStore approvals;
    ApiStore apis;
    ReviewStore reviews;
    Scheduler scheduler;
    Stats stats;
    ArchitectureWorkflow architecture;
    ApiWorkflow dataService;
    // Impact reads (dataarts-api.md section 7): catalog and lineage, Factory, call history.
    CatalogGraph catalog;
    FactoryIndex factory;
    CallStats calls;

private:
    void seedApprovals();
    void seedReviewCenter();
};

} // namespace dataarts::sandbox
