#include "ListIamProjectsJob.h"

#include "client/Session.h"

#include "dto/Envelopes.h"

namespace dataarts {

ListIamProjectsJob::ListIamProjectsJob(Session *session, QString name, QObject *parent)
    : ApiJob(session, parent)
    , m_name(std::move(name))
{}

QString ListIamProjectsJob::projectName() const
{
    return m_name.isEmpty() ? session()->settings().region : m_name;
}

QString ListIamProjectsJob::uniqueProjectId() const
{
    return m_projects.size() == 1 ? m_projects.first().id : QString();
}

QString ListIamProjectsJob::validate() const
{
    if (projectName().isEmpty())
        return tr("Choose a region to look up its project.");
    return {};
}

RequestSpec ListIamProjectsJob::request() const
{
    RequestSpec spec;
    spec.base = RequestSpec::Base::Iam;
    spec.service = Service::Iam;
    spec.path = QStringLiteral("/v3/projects");
    spec.query = {{QStringLiteral("name"), projectName()}};
    spec.contentType = contentTypes::dataService();
    spec.headers = RequestSpec::Headers::None;
    return spec;
}

DecodeError ListIamProjectsJob::decode(const QByteArray &body)
{
    DecodeError error;
    Page<IamProject> page;
    envelope::topLevelPageOf(body, "projects", "", &page, &error);
    m_projects = page.records;
    return error;
}

} // namespace dataarts
