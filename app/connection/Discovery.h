#pragma once

#include "client/ConnectionSettings.h"
#include "dto/DataArtsInstance.h"
#include "dto/DataArtsWorkspace.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace dataarts {

class Pager;
class Session;

// What the profile dialog asks before a profile is saved: the project id of a region
// (IAM, ListIamProjectsJob), the DataArts instances of the project (ListInstancesJob) and
// the workspaces of an instance (ListWorkspacesJob), each through a session of its own for
// the settings given. One request of each kind at a time: a new one cancels the previous
// one of its kind. Answers come from the event loop.
class Discovery : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Project, Instances, Workspaces };
    Q_ENUM(Kind)

    explicit Discovery(QObject *parent = nullptr);
    ~Discovery() override;

    // Sends IAM calls to this URL instead of the settings' IAM endpoint (an emulator that
    // serves IAM beside a regional name, as in tests); empty: the settings' own.
    void setIamEndpointOverride(const QUrl &url) { m_iamOverride = url; }

    // The project named after the region (the SDKs' rule: exactly one must match).
    void resolveProject(const ConnectionSettings &settings, const QString &region);
    // Every instance of the settings' project (all pages).
    void listInstances(const ConnectionSettings &settings);
    // Every workspace of the instance (all pages).
    void listWorkspaces(const ConnectionSettings &settings, const QString &instanceId);
    void cancel();

    bool isBusy(Kind kind) const;

signals:
    void projectResolved(const QString &projectId);
    void instancesListed(const QList<dataarts::DataArtsInstance> &instances);
    void workspacesListed(const QList<dataarts::DataArtsWorkspace> &workspaces);
    // Translated.
    void failed(dataarts::Discovery::Kind kind, const QString &error);

private:
    Session *newSession(Kind kind, const ConnectionSettings &settings);
    void done(Kind kind);

    QUrl m_iamOverride;
    Session *m_sessions[3] = {nullptr, nullptr, nullptr};
};

} // namespace dataarts
