#include "ResumeCommand.h"

#include "ConnectionOptions.h"
#include "RunReport.h"

#include "journal/Journal.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString ResumeCommand::summary() const
{
    return tr("Reconcile and continue an unfinished run");
}

int ResumeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Items that were being sent when the run stopped are checked on the server and "
           "never sent twice. The exit status follows the same rules as the command that "
           "started the run.") +
        QLatin1Char(' ') + moreExitStatuses());
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
    const std::optional<RunSummary> summary = journalRun(
        parser.value(runOpt), tr("Give the run to resume: --run ID (see \"history\")."), &exit);
    if (!summary)
        return exit;
    const qint64 runId = summary->id;
    if (summary->status() != RunStatus::Running) {
        err() << tr("Run %1 has finished: there is nothing to resume.").arg(runId) << Qt::endl;
        const std::optional<RunRecord> record = journal()->loadRun(runId);
        if (record)
            RunReport::print(*format, *record);
        return ExitUsage;
    }
    connection.setFallback(summary->profileId,
                           summary->parameters.value(QStringLiteral("connection")).toObject());
    Plan plan;
    plan.resume = runId;
    return execute(connection, *format, plan);
}

} // namespace dataarts::cli
