#include "ProgressFixture.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace dataarts;

ProgressFixture::ProgressFixture(QStringList sandboxArguments)
    : harness(std::move(sandboxArguments))
{}

ProgressFixture::~ProgressFixture()
{
    if (center)
        center->setSession(nullptr);
    center.reset();
    session.reset();
}

bool ProgressFixture::start(QString *error)
{
    QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
    if (!harness.start(error))
        return false;
    ConnectionSettings settings = harness.sandbox.settings();
    settings.rateLimits.dataServicePerWindow = 0; // the sandbox runs without limits here
    session = std::make_unique<Session>(settings);
    center = std::make_unique<RunCenter>(harness.dir.filePath(QStringLiteral("desk.sqlite")));
    if (!center->open()) {
        *error = center->errorString();
        return false;
    }
    QObject::connect(center.get(), &RunCenter::runFinished, center.get(),
                     [this](qint64 runId) { m_finished.insert(runId); });
    center->setSession(session.get(), QStringLiteral("profile-1"), QStringLiteral("Sandbox"));
    return true;
}

QList<ProgressFixture::Pair> ProgressFixture::take(const QString &query, int count)
{
    QList<Pair> out;
    const QJsonArray pairs = harness.pairs(query + QStringLiteral("&limit=5000"));
    for (const QJsonValue &v : pairs) {
        const QJsonObject o = v.toObject();
        const Pair p{o.value(QStringLiteral("api_id")).toString(),
                     o.value(QStringLiteral("instance_id")).toString()};
        const QString key = p.first + QLatin1Char('/') + p.second;
        if (o.value(QStringLiteral("transitions")).toInt() != 0 || m_used.contains(key))
            continue;
        m_used.insert(key);
        out.append(p);
        if (out.size() == count)
            break;
    }
    return out;
}

bool ProgressFixture::waitFinished(qint64 runId, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_finished.contains(runId) && timer.elapsed() < timeoutMs) {
        QSignalSpy finished(center.get(), &RunCenter::runFinished);
        finished.wait(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
    }
    return m_finished.contains(runId);
}
