#include "EngineHarness.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace dataarts;

EngineHarness::EngineHarness(QStringList sandboxArguments)
    : sandbox(std::move(sandboxArguments))
{}

EngineHarness::~EngineHarness()
{
    engine.reset();
    session.reset();
    journal.reset();
    client.reset();
    sandbox.stop();
}

bool EngineHarness::start(QString *error)
{
    if (!sandbox.start()) {
        *error = sandbox.errorString();
        return false;
    }
    client = std::make_unique<SandboxClient>(sandbox);
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    journal = std::make_unique<Journal>(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal->open()) {
        *error = journal->errorString();
        return false;
    }
    session = std::make_unique<Session>(sandbox.settings());
    engine = std::make_unique<BatchEngine>(session.get(), journal.get());
    QObject::connect(engine.get(), &BatchEngine::runFinished, engine.get(),
                     [this](qint64 runId, BatchRun::Outcome outcome) {
                         m_finished.append(runId);
                         m_outcomes.insert(runId, outcome);
                     });
    return true;
}

BatchRun::Outcome EngineHarness::waitFor(qint64 runId, int timeoutMs)
{
    // A real event loop (QSignalSpy::wait), not QTest::qWaitFor, which sleeps between
    // turns and would slow every step of the run down.
    QElapsedTimer timer;
    timer.start();
    while (!m_finished.contains(runId) && timer.elapsed() < timeoutMs) {
        QSignalSpy finished(engine.get(), &BatchEngine::runFinished);
        finished.wait(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
    }
    return m_outcomes.value(runId, BatchRun::Outcome::Running);
}

qint64 EngineHarness::runSpec(const RunSpec &spec, BatchRun::Outcome *outcome, int timeoutMs)
{
    const qint64 id = engine->start(spec);
    if (id <= 0)
        return 0;
    *outcome = BatchRun::Outcome::Running;
    *outcome = waitFor(id, timeoutMs);
    return id;
}

RunRecord EngineHarness::record(qint64 runId) const
{
    return journal->loadRun(runId).value_or(RunRecord());
}

QHash<QString, JournalItem> EngineHarness::itemsByKey(qint64 runId) const
{
    QHash<QString, JournalItem> out;
    for (const JournalItem &j : record(runId).items)
        out.insert(j.keyPart.isEmpty() ? j.keyId : j.keyId + QLatin1Char('/') + j.keyPart, j);
    return out;
}

QJsonArray EngineHarness::entities(const QString &query)
{
    return client->findEntities(query);
}

QJsonArray EngineHarness::pairs(const QString &query)
{
    return client->findPairs(query);
}

QString EngineHarness::entityStatus(const QString &id)
{
    return client->entity(id).value(QStringLiteral("status")).toString();
}

QString EngineHarness::pairStatus(const QString &apiId, const QString &instanceId)
{
    return client->pair(apiId, instanceId).value(QStringLiteral("status")).toString();
}

QJsonObject EngineHarness::stats()
{
    return client->stats();
}

QJsonArray EngineHarness::requests(const QString &pathPattern, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), pathPattern);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return client
        ->controlJson("GET",
                      QStringLiteral("/__sandbox/requests?") + q.toString(QUrl::FullyEncoded))
        .value(QStringLiteral("requests"))
        .toArray();
}
