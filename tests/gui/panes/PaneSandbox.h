#pragma once

#include "SandboxClient.h"
#include "SandboxProcess.h"

#include "client/Session.h"

#include <QHash>
#include <QList>
#include <QUrlQuery>

#include <memory>

// One dataarts-sandbox for a pane test executable (no throttling, so that the loads of
// every test function fit), sessions against it that retry fast, and its control surface:
// faults and the request log.
class PaneSandbox
{
public:
    explicit PaneSandbox(QStringList extraArguments = {});

    bool start();
    QString errorString() const { return m_process.errorString(); }
    SandboxProcess &process() { return m_process; }
    SandboxClient &client() { return *m_client; }

    // A session that is not throttled client-side and retries a failed GET once, at once.
    std::unique_ptr<dataarts::Session> newSession() const;

    // Queues `count` faults (mode as in sandbox/README.md) for paths matching the pattern.
    void queueFaults(const QString &mode, const QString &pathPattern, int count);
    void clearFaults();
    // The query strings of the last `limit` requests whose path matches, oldest first.
    QList<QUrlQuery> requests(const QString &pathPattern, int limit = 5000);
    // Remembers how many requests matching the pattern there were so far;
    // requestsSinceMark(pattern) gives those that came after.
    void markRequests(const QString &pathPattern);
    QList<QUrlQuery> requestsSinceMark(const QString &pathPattern);

private:
    SandboxProcess m_process;
    std::unique_ptr<SandboxClient> m_client;
    QHash<QString, qsizetype> m_marks;
};
