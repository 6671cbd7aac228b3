#include "Discovery.h"

#include "client/Pager.h"
#include "client/Session.h"
#include "client/jobs/ListIamProjectsJob.h"
#include "client/jobs/ListInstancesJob.h"
#include "client/jobs/ListWorkspacesJob.h"

namespace dataarts {

namespace {
// A guard against a listing that never ends.
constexpr int kMaxPages = 50;
} // namespace

Discovery::Discovery(QObject *parent)
    : QObject(parent)
{}

Discovery::~Discovery()
{
    cancel();
}

bool Discovery::isBusy(Kind kind) const
{
    return m_sessions[int(kind)] != nullptr;
}

Session *Discovery::newSession(Kind kind, const ConnectionSettings &settings)
{
    done(kind);
    ConnectionSettings s = settings;
    if (kind == Kind::Project && m_iamOverride.isValid())
        s.iamEndpoint = m_iamOverride;
    // Every job of the kind is a child of its session: deleting it cancels them.
    auto *session = new Session(s, this);
    m_sessions[int(kind)] = session;
    return session;
}

void Discovery::done(Kind kind)
{
    if (Session *session = std::exchange(m_sessions[int(kind)], nullptr)) {
        for (ApiJob *job : session->findChildren<ApiJob *>())
            job->disconnect(this);
        for (Pager *pager : session->findChildren<Pager *>()) {
            pager->disconnect(this);
            pager->cancel();
        }
        session->deleteLater();
    }
}

void Discovery::cancel()
{
    done(Kind::Project);
    done(Kind::Instances);
    done(Kind::Workspaces);
}

void Discovery::resolveProject(const ConnectionSettings &settings, const QString &region)
{
    Session *session = newSession(Kind::Project, settings);
    auto *job = new ListIamProjectsJob(session, region, session);
    connect(job, &ApiJob::finished, this, [this, job, region] {
        done(Kind::Project);
        if (!job->ok()) {
            emit failed(Kind::Project, job->error().message());
            return;
        }
        const QString id = job->uniqueProjectId();
        if (id.isEmpty()) {
            emit failed(Kind::Project,
                        job->result().isEmpty()
                            ? tr("IAM knows no project named “%1” for these keys.").arg(region)
                            : tr("IAM lists %n projects named “%1”; type the project id instead.",
                                 nullptr, int(job->result().size()))
                                  .arg(region));
            return;
        }
        emit projectResolved(id);
    });
    job->start();
}

void Discovery::listInstances(const ConnectionSettings &settings)
{
    Session *session = newSession(Kind::Instances, settings);
    auto records = std::make_shared<QList<DataArtsInstance>>();
    auto *pager = new Pager([session] { return new ListInstancesJob(session, session); }, session);
    pager->setMaxPages(kMaxPages);
    connect(pager, &Pager::pageReady, this, [records](ListJob *job) {
        *records += static_cast<ListInstancesJob *>(job)->result().records;
    });
    connect(pager, &Pager::finished, this, [this, pager, records] {
        const ApiError error = pager->error();
        done(Kind::Instances);
        if (error.isError())
            emit failed(Kind::Instances, error.message());
        else
            emit instancesListed(*records);
    });
    pager->start();
}

void Discovery::listWorkspaces(const ConnectionSettings &settings, const QString &instanceId)
{
    Session *session = newSession(Kind::Workspaces, settings);
    auto records = std::make_shared<QList<DataArtsWorkspace>>();
    auto *pager = new Pager(
        [session, instanceId] {
            return new ListWorkspacesJob(session, ListWorkspacesJob::Filter{instanceId}, session);
        },
        session);
    pager->setMaxPages(kMaxPages);
    connect(pager, &Pager::pageReady, this, [records](ListJob *job) {
        *records += static_cast<ListWorkspacesJob *>(job)->result().records;
    });
    connect(pager, &Pager::finished, this, [this, pager, records] {
        const ApiError error = pager->error();
        done(Kind::Workspaces);
        if (error.isError())
            emit failed(Kind::Workspaces, error.message());
        else
            emit workspacesListed(*records);
    });
    pager->start();
}

} // namespace dataarts
