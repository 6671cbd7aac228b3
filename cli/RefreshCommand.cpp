#include "RefreshCommand.h"

#include "ConnectionOptions.h"
#include "ExitStatus.h"
#include "RunReport.h"
#include "WaitingRows.h"

#include "batch/BatchEngine.h"
#include "client/Session.h"
#include "journal/Journal.h"
#include "runs/FollowUp.h"

#include <QCommandLineParser>

#include <memory>

namespace dataarts::cli {

QString RefreshCommand::summary() const
{
    return tr("Re-read a run's scheduled and pending items: have they taken effect?");
}

int RefreshCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Items that ended the run SCHEDULED (they take effect at a time) or waiting for an "
           "approval are read again from the server's state; those that took effect or were "
           "refused are recorded in the journal with the time they took effect. Items whose "
           "state cannot be read are left as they were, with the reason. Exit status: 0 when "
           "every item of the run is final, 7 when some still wait (or could not be read), 2 "
           "for usage errors, 3 for connection or authentication failures, 4 when the journal "
           "cannot be read or written."));
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption runOpt = runOption();
    const QCommandLineOption formatOpt = OutputFormatter::option();
    parser.addOptions({runOpt, formatOpt});
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    if (!connection.read(parser))
        return ExitUsage;
    int exit = ExitOk;
    const std::optional<RunSummary> found = journalRun(
        parser.value(runOpt),
        tr("Give the run to refresh: --run ID (see \"history --waiting\")."), &exit);
    if (!found)
        return exit;
    const qint64 runId = found->id;
    connection.setFallback(found->profileId,
                           found->parameters.value(QStringLiteral("connection")).toObject());

    std::unique_ptr<Session> session;
    std::unique_ptr<BatchEngine> engine;
    std::unique_ptr<FollowUp> followUp;
    return runEventLoop([&] {
        connection.resolve([&](int status) {
            if (status != ExitOk) {
                finish(status);
                return;
            }
            session = openSession(connection.settings());
            if (!session)
                return;
            engine = std::make_unique<BatchEngine>(session.get(), journal());
            followUp = std::make_unique<FollowUp>(engine.get());
            QObject::connect(followUp.get(), &FollowUp::finished, followUp.get(), [&] {
                if (!followUp->journalError().isEmpty()) {
                    err() << followUp->journalError() << Qt::endl;
                    finish(ExitJournal);
                    return;
                }
                WaitingRows::printFollowUp(*format, *followUp);
                err() << WaitingRows::followUpSummary(runId, *followUp) << Qt::endl;
                const std::optional<RunSummary> after = journal()->runSummary(runId);
                if (!after) {
                    err() << journal()->errorString() << Qt::endl;
                    finish(ExitJournal);
                    return;
                }
                if (followUp->readError().isError()) {
                    err() << tr("A read failed; the items it concerns were left as they were: %1")
                                 .arg(followUp->readError().message())
                          << Qt::endl;
                }
                int open = 0;
                for (auto it = after->counts.cbegin(); it != after->counts.cend(); ++it) {
                    if (it.key() != ItemState::Success && it.key() != ItemState::Failed &&
                        it.key() != ItemState::Cancelled)
                        open += it.value(); // waiting, or the run is unfinished
                }
                if (after->status() == RunStatus::Running) {
                    err() << tr("Run %1 is unfinished: continue it with resume --run %1.")
                                 .arg(runId)
                          << Qt::endl;
                }
                if (open == 0)
                    finish(ExitOk);
                else if (exitStatus::isConnectionError(followUp->readError()))
                    finish(ExitConnection);
                else
                    finish(ExitWaiting);
            });
            followUp->start({runId});
        });
    });
}

} // namespace dataarts::cli
