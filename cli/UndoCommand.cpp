#include "UndoCommand.h"

#include "ConnectionOptions.h"
#include "ExitStatus.h"
#include "RunReport.h"

#include "journal/Journal.h"
#include "runs/UndoCheck.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace dataarts::cli {

namespace {

void printSkipped(const QList<UndoPlan::Skip> &skipped)
{
    for (const UndoPlan::Skip &s : skipped) {
        const QString target =
            s.keyPart.isEmpty() ? s.keyId : s.keyId + QLatin1Char('@') + s.keyPart;
        err() << UndoCommand::tr("skip %1%2: %3")
                     .arg(target,
                          s.name.isEmpty() ? QString()
                                           : QStringLiteral(" (") + s.name + QLatin1Char(')'),
                          s.reason)
              << Qt::endl;
    }
}

} // namespace

QString UndoCommand::summary() const
{
    return tr("Undo a finished run: put back the items it changed");
}

int UndoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("A STOP run is undone by RECOVER, a RECOVER run by STOP, for the pairs the run "
           "changed. Each pair's current state is read first: pairs changed since the run "
           "(by someone else, or undone already) are skipped with the reason. Only STOP and "
           "RECOVER runs can be undone so far.") +
        QLatin1Char(' ') + moreExitStatuses());
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption runOpt = runOption();
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       tr("Print the requests the undo would send; send nothing."));
    const QCommandLineOption formatOpt = OutputFormatter::option();
    parser.addOptions({runOpt, dryRunOpt, formatOpt});
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    if (!connection.read(parser))
        return ExitUsage;
    int exit = ExitOk;
    const std::optional<RunSummary> summary = journalRun(
        parser.value(runOpt), tr("Give the run to undo: --run ID (see \"history\")."), &exit);
    if (!summary)
        return exit;
    const qint64 runId = summary->id;
    const std::optional<RunRecord> record = journal()->loadRun(runId);
    if (!record) {
        err() << journal()->errorString() << Qt::endl;
        return ExitJournal;
    }
    const UndoPlan undo = UndoPlan::forRun(*record);
    if (!undo.ok()) {
        err() << undo.refusal << Qt::endl;
        return ExitUsage;
    }
    connection.setFallback(record->run.profileId,
                           record->run.parameters.value(QStringLiteral("connection")).toObject());

    Plan plan;
    plan.dryRun = parser.isSet(dryRunOpt);
    plan.prepare = [this, undo, runId](Session *session, RunSpec *spec,
                                       std::function<void(int)> done) {
        auto *check = new UndoCheck(session, undo);
        QObject::connect(check, &UndoCheck::finished, check, [check, spec, runId, done] {
            check->deleteLater();
            if (!check->ok()) {
                err() << tr("The current state could not be read, so nothing was sent: %1")
                             .arg(check->error().message())
                      << Qt::endl;
                done(exitStatus::forError(check->error()));
                return;
            }
            const UndoPlan &checked = check->plan();
            printSkipped(checked.skipped);
            if (checked.pairs.isEmpty()) {
                err() << tr("Nothing of run %1 is left to undo.").arg(runId) << Qt::endl;
                done(ExitItemsFailed);
                return;
            }
            RunSpec inverse = checked.inverseSpec(runId, QDateTime::currentDateTimeUtc());
            inverse.profileId = spec->profileId;
            inverse.profileName = spec->profileName;
            inverse.createdBy = spec->createdBy;
            *spec = inverse;
            err() << tr("Undo of run %1: %2 on %n pair(s).", nullptr, int(checked.pairs.size()))
                         .arg(runId)
                         .arg(enumName(checked.inverse))
                  << Qt::endl;
            done(ExitOk);
        });
        check->start();
    };
    return execute(connection, *format, plan);
}

} // namespace dataarts::cli
