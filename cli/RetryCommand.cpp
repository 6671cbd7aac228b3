#include "RetryCommand.h"

#include "ConnectionOptions.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString RetryCommand::summary() const
{
    return tr("Start a new run of the failed items of a finished run");
}

int RetryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The new run has the kind and parameters of the old one and records which run it "
           "retries; it connects as the old run did unless connection options say otherwise "
           "(another endpoint, project, workspace or edition is refused). The exit status "
           "follows the same rules as the command that started the run; 1 also when the run "
           "has no failed item.") +
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
        parser.value(runOpt), tr("Give the run to retry: --run ID (see \"history\")."), &exit);
    if (!summary)
        return exit;
    if (summary->status() == RunStatus::Running) {
        err() << tr("Run %1 has not finished: resume it first (\"resume --run %1\").")
                     .arg(summary->id)
              << Qt::endl;
        return ExitUsage;
    }
    if (summary->count(ItemState::Failed) == 0) {
        err() << tr("Run %1 has no failed item: nothing to retry.").arg(summary->id) << Qt::endl;
        return ExitItemsFailed;
    }
    connection.setFallback(summary->profileId,
                           summary->parameters.value(QStringLiteral("connection")).toObject());
    Plan plan;
    plan.retry = summary->id;
    return execute(connection, *format, plan);
}

} // namespace dataarts::cli
