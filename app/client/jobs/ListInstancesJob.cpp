#include "ListInstancesJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

ListInstancesJob::ListInstancesJob(Session *session, QObject *parent)
    : ListJob(session, parent)
{}

ListInstancesJob::ListInstancesJob(Session *session, Filter filter, QObject *parent)
    : ListJob(session, parent)
    , m_filter(std::move(filter))
{}

QString ListInstancesJob::validate() const
{
    return {};
}

RequestSpec ListInstancesJob::request() const
{
    RequestSpec spec =
        discovery(QStringLiteral("/v1/") + projectId() + QStringLiteral("/instances"));

    addPaging(spec.query);
    return spec;
}

DecodeError ListInstancesJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "commodity_order_lists", "count", &m_result, &error);
    return error;
}

} // namespace dataarts
