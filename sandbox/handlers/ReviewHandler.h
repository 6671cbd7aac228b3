#pragma once

#include "HandlerBase.h"

#include <functional>

namespace dataarts::sandbox {

struct ReviewRecord;

// The DataService review centers (dataarts-api.md section 5b): notification messages
// (confirmed now or at a time) and applications (approved or rejected).
class ReviewHandler : public HandlerBase
{
public:
    using HandlerBase::HandlerBase;
    void addRoutes(Router &router) override;

private:
    void listMessages(Exchange &ex);
    void showMessage(Exchange &ex);
    void confirmMessage(Exchange &ex);
    void listApplications(Exchange &ex);
    void showApplication(Exchange &ex);
    void reviewApplications(Exchange &ex);

    // Newest first, with the documented quirk: offset >= total gives the first page.
    void respondList(Exchange &ex, const std::function<bool(const ReviewRecord &)> &keep);
    void show(Exchange &ex, bool message);
};

} // namespace dataarts::sandbox
