#pragma once

#include "client/ApiJob.h"

#include "dto/IamProject.h"

#include <QList>

namespace dataarts {

// GET {iam}/v3/projects?name=<region> (dataarts-api.md section 1, "Project id"): how the
// SDKs resolve a project id from the region, signed with AK/SK (or with the IAM token).
class ListIamProjectsJob : public ApiJob
{
    Q_OBJECT
public:
    // name: the project name, i.e. the region id; empty: the session's region.
    explicit ListIamProjectsJob(Session *session, QString name = QString(),
                                QObject *parent = nullptr);

    const QList<IamProject> &result() const { return m_projects; }
    // The id when exactly one project matched (the SDKs' rule); empty otherwise.
    QString uniqueProjectId() const;

protected:
    RequestSpec request() const override;
    QString validate() const override;
    DecodeError decode(const QByteArray &body) override;
    void resetResult() override { m_projects.clear(); }

private:
    QString projectName() const;

    QString m_name;
    QList<IamProject> m_projects;
};

} // namespace dataarts
