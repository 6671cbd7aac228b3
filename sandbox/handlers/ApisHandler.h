#pragma once

#include "HandlerBase.h"

namespace dataarts::sandbox {

// DataService reads: the API list, one API, the clusters valid for an action, the
// per-cluster publish info and the clusters themselves.
class ApisHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void list(Exchange &ex);
    void show(Exchange &ex);
    void instancesForAction(Exchange &ex);
    void publishInfo(Exchange &ex);
    void clusters(Exchange &ex);

    // The API of the {api_id} capture; -1 with DLM.4018 answered.
    int findApi(Exchange &ex);
};

} // namespace dataarts::sandbox
