#include "ApiActionCommand.h"

#include "CheckOption.h"
#include "ConnectionOptions.h"

#include "csv/ApiTargetListReader.h"
#include "dto/ApiActionRequest.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString ApiActionCommand::summary() const
{
    return tr("Unpublish, stop or recover DataService APIs on their clusters");
}

int ApiActionCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("Input lines are \"api_id,instance_id\" (a header line is optional). Without --time "
           "or --notice-hours the effective time is now + 48 hours, rounded up to the hour "
           "(UTC). Exit status: 0 when every pair succeeded, is scheduled or waits for "
           "approval (pending approval counts as submitted), 1 when some failed, 2 for usage "
           "or input errors, 3 for connection or authentication failures.") +
        QLatin1Char(' ') + moreExitStatuses());
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption actionOpt(QStringLiteral("action"), tr("UNPUBLISH, STOP or RECOVER."),
                                       tr("ACTION"));
    const QCommandLineOption timeOpt(
        QStringLiteral("time"),
        tr("Effective time, ISO 8601 UTC such as 2026-03-03T10:00:00.000Z."), tr("TIME"));
    const QCommandLineOption noticeOpt(
        QStringLiteral("notice-hours"),
        tr("Effective time: now + H hours, rounded up to the hour; 0 sends no time (at once)."),
        tr("H"));
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"),
                                            tr("Requests in flight at most (default 4)."), tr("N"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       tr("Print the exact requests and send nothing."));
    const QCommandLineOption inputOpt(
        QStringLiteral("input"), tr("File of api_id,instance_id lines; \"-\" for standard input."),
        tr("FILE"));
    const QCommandLineOption targetOpt(QStringLiteral("target"),
                                       tr("One pair, API_ID@INSTANCE_ID; repeatable."),
                                       tr("API_ID@INSTANCE_ID"));
    const QCommandLineOption skipOpt(QStringLiteral("skip-bad-lines"),
                                     tr("Send the valid lines even when some are not valid."));
    const QCommandLineOption forceOpt(
        QStringLiteral("force"),
        tr("Accept a --time less than 48 hours away (the notice period of authorized apps)."));
    const QCommandLineOption formatOpt = OutputFormatter::option();
    const QCommandLineOption checkOpt = checkOption::option();
    parser.addOptions({actionOpt, timeOpt, noticeOpt, concurrencyOpt, dryRunOpt, inputOpt,
                       targetOpt, skipOpt, forceOpt, formatOpt, checkOpt});
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    if (!connection.read(parser))
        return ExitUsage;

    const QString actionName = parser.value(actionOpt).toUpper();
    const ApiAction action = decodeEnum<ApiAction>(actionName).value;
    if (action != ApiAction::Unpublish && action != ApiAction::Stop &&
        action != ApiAction::Recover) {
        err() << tr("Give --action UNPUBLISH, STOP or RECOVER.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(timeOpt) && parser.isSet(noticeOpt)) {
        err() << tr("Give --time or --notice-hours, not both.") << Qt::endl;
        return ExitUsage;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString time = ApiActionRequest::defaultTime(now);
    if (parser.isSet(timeOpt)) {
        const QDateTime at = QDateTime::fromString(parser.value(timeOpt), Qt::ISODateWithMs);
        if (!at.isValid()) {
            err() << tr("Bad --time \"%1\": expected ISO 8601, such as 2026-03-03T10:00:00.000Z.")
                         .arg(parser.value(timeOpt))
                  << Qt::endl;
            return ExitUsage;
        }
        time = ApiActionRequest::formatTime(at.toUTC());
        if (at <= now) {
            err() << tr("--time %1 is in the past: give a time to come (or --notice-hours 0 "
                        "for at once).")
                         .arg(time)
                  << Qt::endl;
            return ExitUsage;
        }
        if (at < now.addSecs(48 * 3600)) {
            if (!parser.isSet(forceOpt)) {
                err() << tr("--time %1 is less than 48 hours away: apps authorized to these "
                            "APIs may not have processed the notice by then. Add --force to "
                            "send it anyway.")
                             .arg(time)
                      << Qt::endl;
                return ExitUsage;
            }
            err() << tr("Note: %1 is less than 48 hours away; apps authorized to these APIs "
                        "may not have processed the notice by then.")
                         .arg(time)
                  << Qt::endl;
        }
    } else if (parser.isSet(noticeOpt)) {
        bool ok = false;
        const int hours = parser.value(noticeOpt).toInt(&ok);
        if (!ok || hours < 0) {
            err() << tr("Bad --notice-hours \"%1\": expected a number of hours, 0 or more.")
                         .arg(parser.value(noticeOpt))
                  << Qt::endl;
            return ExitUsage;
        }
        if (hours == 0) {
            time.clear();
        } else {
            // Rounded up to the whole hour, as the default.
            QDateTime at = now.addSecs(qint64(hours) * 3600);
            const QTime t = at.time();
            if (t.minute() != 0 || t.second() != 0 || t.msec() != 0)
                at = QDateTime(at.date(), QTime(t.hour(), 0), Qt::UTC).addSecs(3600);
            time = ApiActionRequest::formatTime(at);
        }
    }
    int concurrency = 0;
    if (!countOption(parser, concurrencyOpt, RunSpec::kMaxConcurrency, &concurrency))
        return ExitUsage;

    ItemInput input;
    if (const std::optional<int> exit =
            readItems(parser, inputOpt, targetOpt, QLatin1Char('@'),
                      tr("Give the pairs with --input FILE (\"-\" for standard input) or with "
                         "--target API_ID@INSTANCE_ID, one of the two."),
                      &input))
        return *exit;
    const ApiTargetListReader::Result read = ApiTargetListReader::read(input.data);
    const QStringList problems = input.problemTexts(read.problems);
    if (const std::optional<int> exit =
            reportProblems(problems, parser.isSet(skipOpt), int(read.targets.size())))
        return *exit;

    QList<QPair<QString, QString>> pairs;
    for (const ApiTargetLine &t : read.targets)
        pairs.append({t.apiId, t.instanceId});
    Plan plan;
    plan.dryRun = parser.isSet(dryRunOpt);
    plan.spec = RunSpec::apiAction(pairs, action, time);
    plan.spec.concurrency = concurrency;
    plan.nameTargets = true;
    plan.sayUndoLimits = true;
    const QString problem = plan.spec.validate();
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(checkOpt)) {
        if (plan.dryRun) {
            err() << tr("--check and --dry-run go alone: give one of them.") << Qt::endl;
            return ExitUsage;
        }
        checkOption::apply(&plan, *format);
    }
    return execute(connection, *format, plan);
}

} // namespace dataarts::cli
