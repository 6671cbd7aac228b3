#pragma once

// A batch engine against a real dataarts-sandbox over loopback, with a real journal in a
// temporary folder: what the integration tests of the engine share.
#include "SandboxClient.h"
#include "SandboxProcess.h"

#include "batch/BatchEngine.h"
#include "client/Session.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

class EngineHarness
{
public:
    explicit EngineHarness(QStringList sandboxArguments);
    ~EngineHarness();

    // Starts the sandbox, opens the journal, makes the session and the engine.
    bool start(QString *error);

    SandboxProcess sandbox;
    std::unique_ptr<SandboxClient> client;
    QTemporaryDir dir;
    std::unique_ptr<dataarts::Journal> journal;
    std::unique_ptr<dataarts::Session> session;
    std::unique_ptr<dataarts::BatchEngine> engine;

    // Waits until the engine reports the run finished; its outcome, or Running on timeout.
    dataarts::BatchRun::Outcome waitFor(qint64 runId, int timeoutMs = 60000);
    // Starts a spec and waits for it; 0 when it could not start.
    qint64 runSpec(const dataarts::RunSpec &spec, dataarts::BatchRun::Outcome *outcome,
                   int timeoutMs = 60000);
    dataarts::RunRecord record(qint64 runId) const;
    // The journal's items of a run by keyId (+ "/" + keyPart when given).
    QHash<QString, dataarts::JournalItem> itemsByKey(qint64 runId) const;

    // Control surface helpers.
    QJsonArray entities(const QString &query);
    QJsonArray pairs(const QString &query);
    QString entityStatus(const QString &id);
    QString pairStatus(const QString &apiId, const QString &instanceId);
    QJsonObject stats();
    // Requests the sandbox received whose path matches the pattern, oldest first.
    QJsonArray requests(const QString &pathPattern, int limit = 1000);
    QString userName() const { return sandbox.value(QStringLiteral("user")); }
    QString userId() const { return sandbox.value(QStringLiteral("user_id")); }

private:
    QList<qint64> m_finished;
    QHash<qint64, dataarts::BatchRun::Outcome> m_outcomes;
};
