#include "OfflineCommand.h"

#include "CheckOption.h"
#include "ConnectionOptions.h"

#include "batch/ApprovalBatchStrategy.h"
#include "csv/EntityListReader.h"
#include "dto/ApprovalBatchRequest.h"

#include <QCommandLineParser>
#include <QLocale>

namespace dataarts::cli {

QString OfflineCommand::summary() const
{
    return m_kind == RunKind::BatchPublish ? tr("Publish Architecture entities in batches")
                                           : tr("Take Architecture entities offline in batches");
}

int OfflineCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Input lines are \"biz_type,biz_id\" (a header line is optional). Exit status: 0 "
           "when every entity succeeded or waits for approval (pending approval counts as "
           "submitted), 1 when some failed, 2 for usage or input errors, 3 for connection or "
           "authentication failures.") +
        QLatin1Char(' ') + moreExitStatuses());
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption approverIdOpt(QStringLiteral("approver-id"),
                                           tr("The approver's user id (see \"approvers list\")."),
                                           tr("ID"));
    const QCommandLineOption approverNameOpt(QStringLiteral("approver-name"),
                                             tr("The approver's user name."), tr("NAME"));
    const QCommandLineOption fastOpt(QStringLiteral("fast"),
                                     tr("Fast approval (only when you are an approver)."));
    const QCommandLineOption scheduleOpt(
        QStringLiteral("schedule"),
        tr("Schedule time of the quality jobs, HH:MM (sent as MM_HH)."), tr("HH:MM"));
    const QCommandLineOption envOpt(
        QStringLiteral("env-type"),
        tr("Environment: INVALID_TYPE, DEV_TYPE, PROD_TYPE or DEV_PROD_TYPE."), tr("TYPE"));
    const QCommandLineOption chunkOpt(QStringLiteral("chunk-size"),
                                      tr("Entities per request (default 50)."), tr("N"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       tr("Print the exact requests and send nothing."));
    const QCommandLineOption inputOpt(
        QStringLiteral("input"), tr("File of biz_type,biz_id lines; \"-\" for standard input."),
        tr("FILE"));
    const QCommandLineOption entityOpt(QStringLiteral("entity"),
                                       tr("One entity, TYPE:ID; repeatable."), tr("TYPE:ID"));
    const QCommandLineOption skipOpt(QStringLiteral("skip-bad-lines"),
                                     tr("Send the valid lines even when some are not valid."));
    const QCommandLineOption formatOpt = OutputFormatter::option();
    const QCommandLineOption checkOpt = checkOption::option();
    parser.addOptions({approverIdOpt, approverNameOpt, fastOpt, scheduleOpt, envOpt, chunkOpt,
                       dryRunOpt, inputOpt, entityOpt, skipOpt, formatOpt});
    if (m_kind == RunKind::BatchOffline)
        parser.addOption(checkOpt);
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    if (!connection.read(parser))
        return ExitUsage;

    ApprovalBatchRequest options;
    options.approverUserId = parser.value(approverIdOpt);
    options.approverUserName = parser.value(approverNameOpt);
    options.fastApproval = parser.isSet(fastOpt);
    if (options.approverUserId.isEmpty() || options.approverUserName.isEmpty()) {
        err() << tr("Give the approver: --approver-id ID --approver-name NAME (see \"approvers "
                    "list\").")
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(scheduleOpt)) {
        const QTime time = QTime::fromString(parser.value(scheduleOpt), QStringLiteral("H:mm"));
        if (!time.isValid()) {
            err() << tr("Bad --schedule \"%1\": expected HH:MM, such as 18:30.")
                         .arg(parser.value(scheduleOpt))
                  << Qt::endl;
            return ExitUsage;
        }
        options.scheduleTime = ApprovalBatchRequest::scheduleTimeFor(time);
    }
    if (parser.isSet(envOpt)) {
        const KnownEnum<EnvType> env = decodeEnum<EnvType>(parser.value(envOpt).toUpper());
        if (!env.isKnown()) {
            err() << tr("Unknown --env-type \"%1\".").arg(parser.value(envOpt)) << Qt::endl;
            return ExitUsage;
        }
        options.envType = env.value;
    }
    int chunkSize = 0;
    if (!countOption(parser, chunkOpt, ApprovalBatchStrategy::kMaxChunkSize, &chunkSize))
        return ExitUsage;

    // The entities: a file (or standard input), or --entity options, read by the same rules.
    ItemInput input;
    if (const std::optional<int> exit =
            readItems(parser, inputOpt, entityOpt, QLatin1Char(':'),
                      tr("Give the entities with --input FILE (\"-\" for standard input) or with "
                         "--entity TYPE:ID, one of the two."),
                      &input))
        return *exit;
    const EntityListReader::Result read = EntityListReader::read(input.data);
    const QStringList problems = input.problemTexts(read.problems);
    if (const std::optional<int> exit =
            reportProblems(problems, parser.isSet(skipOpt), int(read.entities.size())))
        return *exit;

    QList<BizInfo> entities;
    for (const EntityLine &e : read.entities)
        entities.append(BizInfo{e.bizId, e.bizType, EnvType::Unknown});
    Plan plan;
    plan.dryRun = parser.isSet(dryRunOpt);
    plan.spec = RunSpec::approvalBatch(m_kind, entities, options);
    plan.spec.chunkSize = chunkSize;
    plan.nameTargets = true;
    plan.sayUndoLimits = true;
    const QString problem = plan.spec.validate();
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return ExitUsage;
    }
    if (m_kind == RunKind::BatchOffline && parser.isSet(checkOpt)) {
        if (plan.dryRun) {
            err() << tr("--check and --dry-run go alone: give one of them.") << Qt::endl;
            return ExitUsage;
        }
        checkOption::apply(&plan, *format);
    }
    return execute(connection, *format, plan);
}

} // namespace dataarts::cli
