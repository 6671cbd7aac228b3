#include "FactorySearchJob.h"

#include "client/JobPaths.h"

#include "dto/Envelopes.h"

namespace dataarts {

using namespace jobs;

FactorySearchJob::FactorySearchJob(Session *session, QString text, int limit, QObject *parent)
    : ApiJob(session, parent)
    , m_text(std::move(text))
    , m_limit(limit)
{}

QString FactorySearchJob::validate() const
{
    if (m_text.trimmed().size() < 2)
        return tr("The Factory search needs at least two characters.");
    if (m_limit < 1 || m_limit > 100)
        return tr("The Factory search page is out of range.");
    return {};
}

RequestSpec FactorySearchJob::request() const
{
    RequestSpec spec =
        catalogRead(Service::Factory, "GET", factoryPath(projectId(), QStringLiteral("search")));
    add(spec.query, "search_text", m_text);
    add(spec.query, "limit", std::optional<int>(m_limit));
    add(spec.query, "offset", std::optional<int>(0));
    return spec;
}

DecodeError FactorySearchJob::decode(const QByteArray &body)
{
    DecodeError error;
    envelope::topLevelPageOf(body, "search_details", "total_hits", &m_result, &error);
    return error;
}

} // namespace dataarts
