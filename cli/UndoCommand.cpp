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

// Entities as "offline --entity" takes them (TYPE:ID), pairs as API_ID@INSTANCE_ID.
void printSkipped(const QList<UndoPlan::Skip> &skipped, bool entities)
{
    for (const UndoPlan::Skip &s : skipped) {
        const QString target = s.keyPart.isEmpty() ? s.keyId
                               : entities          ? s.keyPart + QLatin1Char(':') + s.keyId
                                                   : s.keyId + QLatin1Char('@') + s.keyPart;
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
           "changed; an UNPUBLISH run by publishing the pairs again and authorizing again the "
           "apps recorded just before it (their static parameters are not restored).") +
        QLatin1Char(' ') +
        tr("A batch-offline run is undone by a batch publish of the entities it took offline, "
           "with the original run's approver and fast approval unless --approver-id, "
           "--approver-name or --fast say otherwise. Each target's current state is read "
           "first: targets changed since the run (by someone else, or undone already) are "
           "skipped with the reason. Runs of other kinds are refused with the reason.") +
        QLatin1Char(' ') + moreExitStatuses());
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption runOpt = runOption();
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       tr("Print the requests the undo would send; send nothing."));
    // As "offline" names them: the approver of an undone batch offline.
    const QCommandLineOption approverIdOpt(
        QStringLiteral("approver-id"),
        tr("Batch offline: the approver's user id (default: the run's approver)."), tr("ID"));
    const QCommandLineOption approverNameOpt(
        QStringLiteral("approver-name"),
        tr("Batch offline: the approver's user name (default: the run's approver)."), tr("NAME"));
    const QCommandLineOption fastOpt(
        QStringLiteral("fast"),
        tr("Batch offline: fast approval (only when you are an approver; default: as the run)."));
    const QCommandLineOption formatOpt = OutputFormatter::option();
    parser.addOptions({runOpt, dryRunOpt, approverIdOpt, approverNameOpt, fastOpt, formatOpt});
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
    UndoPlan undo = UndoPlan::forRun(*record);
    if (!undo.ok()) {
        err() << undo.refusal << Qt::endl;
        return ExitUsage;
    }
    const bool approverSet = parser.isSet(approverIdOpt) || parser.isSet(approverNameOpt);
    if ((approverSet || parser.isSet(fastOpt)) && !undo.needsApprover()) {
        err() << tr("--approver-id, --approver-name and --fast apply to the undo of a batch "
                    "offline only.")
              << Qt::endl;
        return ExitUsage;
    }
    if (approverSet &&
        (parser.value(approverIdOpt).isEmpty() || parser.value(approverNameOpt).isEmpty())) {
        err() << tr("Give the approver: --approver-id ID --approver-name NAME (see \"approvers "
                    "list\").")
              << Qt::endl;
        return ExitUsage;
    }
    if (undo.needsApprover()) {
        undo.setApprover(approverSet ? parser.value(approverIdOpt) : undo.approval.approverUserId,
                         approverSet ? parser.value(approverNameOpt)
                                     : undo.approval.approverUserName,
                         // A new approver: fast approval only when asked for again.
                         parser.isSet(fastOpt) || (!approverSet && undo.approval.fastApproval));
        if (undo.approval.approverUserId.isEmpty() || undo.approval.approverUserName.isEmpty()) {
            err() << tr("Run %1 recorded no approver: give one with --approver-id ID "
                        "--approver-name NAME (see \"approvers list\").")
                         .arg(runId)
                  << Qt::endl;
            return ExitUsage;
        }
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
            printSkipped(checked.skipped, checked.needsApprover());
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
            const int count = int(checked.pairs.size());
            if (checked.needsApprover()) {
                err() << tr("Undo of run %1: batch publish of %n entity(s), approver %2%3.",
                            nullptr, count)
                             .arg(runId)
                             .arg(checked.approval.approverUserName, checked.approval.fastApproval
                                                                         ? tr(" (fast approval)")
                                                                         : QString())
                      << Qt::endl;
                for (const auto &e : checked.pairs) {
                    const QString name = checked.nameOf(e.first, e.second);
                    const QString now = checked.current.value(UndoPlan::key(e.first, e.second));
                    err() << tr("publish %1:%2%3: %4")
                                 .arg(e.second, e.first,
                                      name.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (") + name + QLatin1Char(')'),
                                      now.isEmpty() ? tr("status not readable for this type; "
                                                         "the server refuses it if it is not "
                                                         "offline")
                                                    : now)
                          << Qt::endl;
                }
            } else if (checked.kind == RunKind::ApiRepublish) {
                err() << tr("Undo of run %1: publish %n pair(s) again and authorize again the "
                            "apps authorized before the run, each until its recorded end. The "
                            "apps' static parameters and pending authorizations are not "
                            "restored.",
                            nullptr, count)
                             .arg(runId)
                      << Qt::endl;
                for (const auto &p : checked.pairs) {
                    const QString k = UndoPlan::key(p.first, p.second);
                    QStringList apps;
                    for (const AppAuthorization &app : checked.apps.value(k))
                        apps.append(app.appName.isEmpty() ? app.appId : app.appName);
                    err() << tr("publish %1@%2 (%3), then authorize: %4")
                                 .arg(p.first, p.second, checked.current.value(k),
                                      checked.unrecorded.contains(k)
                                          ? tr("apps not recorded by this run")
                                      : apps.isEmpty() ? tr("no app")
                                                       : apps.join(QStringLiteral(", ")))
                          << Qt::endl;
                }
            } else {
                err() << tr("Undo of run %1: %2 on %n pair(s).", nullptr, count)
                             .arg(runId)
                             .arg(enumName(checked.inverse))
                      << Qt::endl;
            }
            done(ExitOk);
        });
        check->start();
    };
    return execute(connection, *format, plan);
}

} // namespace dataarts::cli
