#include "ApisListCommand.h"

#include "client/jobs/ListApisJob.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString ApisListCommand::summary() const
{
    return tr("List DataService APIs with their status on each cluster");
}

void ApisListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("name"), tr("Only APIs whose name contains this text."), tr("TEXT")));
}

std::optional<int> ApisListCommand::readOptions(const QCommandLineParser &parser)
{
    m_name = parser.value(QStringLiteral("name"));
    return std::nullopt;
}

QList<Column> ApisListCommand::columns() const
{
    return {{QStringLiteral("api_id"), tr("API ID")},
            {QStringLiteral("name"), tr("NAME")},
            {QStringLiteral("instance_id"), tr("CLUSTER ID")},
            {QStringLiteral("instance_name"), tr("CLUSTER")},
            {QStringLiteral("status"), tr("STATUS")},
            {QStringLiteral("manager"), tr("REVIEWER")}};
}

ListJob *ApisListCommand::createJob(Session *session) const
{
    ListApisJob::Filter filter;
    filter.name = m_name;
    filter.returnPublishMessages = true;
    return new ListApisJob(session, filter);
}

void ApisListCommand::collect(ListJob *job, QList<QStringList> *rows) const
{
    for (const ApiOverview &api : static_cast<ListApisJob *>(job)->result().records) {
        if (api.publishMessages.isEmpty()) {
            rows->append({api.id, api.name, QString(), QString(), api.status.raw, api.manager});
            continue;
        }
        for (const ApiPublishInfo &p : api.publishMessages) {
            rows->append(
                {api.id, api.name, p.instanceId, p.instanceName, p.apiStatus.raw, api.manager});
        }
    }
}

} // namespace dataarts::cli
