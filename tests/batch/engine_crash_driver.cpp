// A small driver for the crash test (the CLI's `resume` comes later and reuses the same
// engine API): runs a run of API actions through BatchEngine and a journal file against a
// sandbox, or resumes one.
//
//   engine_crash_driver --url URL --project-id P --workspace W --journal FILE
//                       (--targets FILE [--action STOP] [--concurrency N] | --resume RUN_ID)
//
// Keys come from DATAARTS_AK / DATAARTS_SK, never from arguments. Prints "run=ID" when the
// run has started and "answered=N" after each answer (flushed, so that a test can kill it
// midway), then "outcome=NAME success=N failed=N" and exits 0 when every item succeeded.
#include "batch/BatchEngine.h"
#include "client/Session.h"
#include "csv/ApiTargetListReader.h"
#include "journal/Journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaEnum>

#include <cstdio>

using namespace dataarts;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dataarts.http.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("sandbox URL"),
                                 QStringLiteral("URL"));
    const QCommandLineOption project(QStringLiteral("project-id"), QStringLiteral("project"),
                                     QStringLiteral("ID"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("workspace"),
                                       QStringLiteral("ID"));
    const QCommandLineOption journalPath(QStringLiteral("journal"), QStringLiteral("journal"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption targets(QStringLiteral("targets"),
                                     QStringLiteral("api_id,instance_id lines"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption action(QStringLiteral("action"), QStringLiteral("action"),
                                    QStringLiteral("ACTION"), QStringLiteral("STOP"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("requests"),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption resume(QStringLiteral("resume"), QStringLiteral("run to resume"),
                                    QStringLiteral("RUN_ID"));
    parser.addOptions({url, project, workspace, journalPath, targets, action, concurrency, resume});
    parser.process(app);

    ConnectionSettings settings;
    settings.endpoint = QUrl(parser.value(url));
    settings.iamEndpoint = settings.endpoint;
    settings.projectId = parser.value(project);
    settings.workspace = parser.value(workspace);
    settings.dlmType = QStringLiteral("EXCLUSIVE");
    settings.proxyMode = ProxyMode::None;
    settings.akSk.accessKey = qEnvironmentVariable("DATAARTS_AK");
    settings.akSk.secretKey = qgetenv("DATAARTS_SK");
    settings.rateLimits.dataServicePerWindow = 0; // the sandbox runs without limits here
    settings.unknownGraceMs = 0;                  // the sandbox applies a write before it answers

    Journal journal(parser.value(journalPath));
    if (!journal.open()) {
        say(QStringLiteral("error=") + journal.errorString());
        return 2;
    }
    Session session(settings);
    BatchEngine engine(&session, &journal);
    qint64 runId = 0;
    if (parser.isSet(resume)) {
        runId = engine.resume(parser.value(resume).toLongLong());
    } else {
        QFile file(parser.value(targets));
        if (!file.open(QIODevice::ReadOnly)) {
            say(QStringLiteral("error=cannot read ") + file.fileName());
            return 2;
        }
        const ApiTargetListReader::Result read = ApiTargetListReader::read(file.readAll());
        QList<QPair<QString, QString>> pairs;
        for (const ApiTargetLine &t : read.targets)
            pairs.append({t.apiId, t.instanceId});
        RunSpec spec =
            RunSpec::apiAction(pairs, decodeEnum<ApiAction>(parser.value(action)).value, QString());
        spec.concurrency = parser.value(concurrency).toInt();
        spec.createdBy = QStringLiteral("crash-test");
        runId = engine.start(spec);
    }
    if (runId <= 0) {
        say(QStringLiteral("error=") + engine.errorString());
        return 2;
    }
    say(QStringLiteral("run=%1").arg(runId));
    BatchRun *run = engine.run(runId);
    int answered = 0;
    QObject::connect(run, &BatchRun::requestFinished, &app,
                     [&answered] { say(QStringLiteral("answered=%1").arg(++answered)); });
    int status = 1;
    QObject::connect(
        &engine, &BatchEngine::runFinished, &app, [&](qint64 id, BatchRun::Outcome outcome) {
            if (id != runId)
                return;
            const std::optional<RunSummary> s = journal.runSummary(runId);
            const int success = s ? s->count(ItemState::Success) : 0;
            const int failed = s ? s->count(ItemState::Failed) : 0;
            say(QStringLiteral("outcome=%1 success=%2 failed=%3")
                    .arg(QLatin1String(
                        QMetaEnum::fromType<BatchRun::Outcome>().valueToKey(int(outcome))))
                    .arg(success)
                    .arg(failed));
            status = outcome == BatchRun::Outcome::Completed && s && success == s->total ? 0 : 1;
            QCoreApplication::quit();
        });
    app.exec();
    return status;
}
