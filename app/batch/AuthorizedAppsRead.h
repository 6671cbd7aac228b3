#pragma once

#include "client/ApiError.h"
#include "dto/AuthorizedApp.h"
#include "journal/JournalRecords.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace dataarts {

class Pager;
class Session;

// Every app authorized to call one API, on every cluster: all pages of SearchAuthorizeApp
// (dataarts-api.md section 7.2.1). start(), then finished() once.
class AuthorizedAppsRead : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    AuthorizedAppsRead(Session *session, QString apiId, QObject *parent = nullptr);

    void start();
    void cancel();
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QString &apiId() const { return m_apiId; }
    int reads() const { return m_reads; }

    // The apps authorized on one cluster, as the journal keeps them.
    QList<AppAuthorization> on(const QString &instanceId) const;
    // Whether the authorization is in force (LINKED, or LINKED with a renewal pending).
    static bool inForce(const QString &relationshipType);

signals:
    void finished();

private:
    Session *m_session;
    QString m_apiId;
    QList<AuthorizedApp> m_apps;
    QPointer<Pager> m_pager;
    ApiError m_error;
    int m_reads = 0;
    bool m_finished = false;
};

} // namespace dataarts
