#include "HistoryCommand.h"

#include "OutputFormatter.h"
#include "RunReport.h"
#include "WaitingRows.h"

#include "journal/Journal.h"
#include "journal/JournalLocation.h"
#include "journal/RunExport.h"
#include "runs/WaitingItems.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace dataarts::cli {

QString HistoryCommand::summary() const
{
    return tr("Show the recorded runs (app and CLI), or one run's items");
}

int HistoryCommand::listWaiting(OutputFormat format, const QString &path, qint64 runId)
{
    QList<WaitingItem> items;
    if (QFileInfo::exists(path)) {
        // Read-only, as the rest of history.
        Journal journal(path);
        if (!journal.openReadOnly()) {
            err() << journal.errorString() << Qt::endl;
            return ExitJournal;
        }
        if (!waitingItems::read(journal, &items,
                                runId > 0 ? std::optional<qint64>(runId) : std::nullopt)) {
            if (runId > 0 && journal.error() == JournalError::NotFound) {
                err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(path)
                      << Qt::endl;
                return ExitUsage;
            }
            err() << journal.errorString() << Qt::endl;
            return ExitJournal;
        }
    } else if (runId > 0) {
        err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(path) << Qt::endl;
        return ExitUsage;
    }
    WaitingRows::printWaiting(format, items, QDateTime::currentDateTimeUtc());
    return ExitOk;
}

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption runOpt(QStringLiteral("run"), tr("Show this run's items."), tr("ID"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"),
                                      tr("Show at most N runs, newest first (default 50)."),
                                      tr("N"), QStringLiteral("50"));
    const QCommandLineOption waitingOpt(
        QStringLiteral("waiting"),
        tr("List the items of every run (or of --run) that still wait: scheduled to take effect "
           "at a time, or waiting for an approval. \"refresh --run ID\" reads them again."));
    const QCommandLineOption formatOpt = OutputFormatter::option();
    parser.addOptions({runOpt, limitOpt, waitingOpt, formatOpt});
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    bool ok = false;
    const int limit = parser.value(limitOpt).toInt(&ok);
    if (!ok || limit < 1) {
        err() << tr("Bad --limit \"%1\": expected a positive number.").arg(parser.value(limitOpt))
              << Qt::endl;
        return ExitUsage;
    }
    qint64 runId = 0;
    if (parser.isSet(runOpt)) {
        runId = parser.value(runOpt).toLongLong(&ok);
        if (!ok || runId <= 0) {
            err() << tr("Bad --run \"%1\": expected a run id.").arg(parser.value(runOpt))
                  << Qt::endl;
            return ExitUsage;
        }
    }

    const QList<Column> columns{
        {QStringLiteral("run_id"), tr("RUN")},
        {QStringLiteral("kind"), tr("KIND")},
        {QStringLiteral("profile"), tr("PROFILE")},
        {QStringLiteral("created_at"), tr("CREATED")},
        {QStringLiteral("status"), tr("STATUS")},
        {QStringLiteral("total"), tr("TOTAL")},
        {QStringLiteral("success"), tr("SUCCESS")},
        {QStringLiteral("failed"), tr("FAILED")},
        {QStringLiteral("pending_approval"), tr("PENDING")},
        {QStringLiteral("scheduled"), tr("SCHEDULED")},
        {QStringLiteral("unknown"), tr("UNKNOWN")},
        {QStringLiteral("cancelled"), tr("CANCELLED")},
        {QStringLiteral("not_done"), tr("NOT DONE")},
        {QStringLiteral("undo_of"), tr("UNDO OF")},
        {QStringLiteral("undone_by"), tr("UNDONE BY")},
    };
    const QString path = journalLocation::path();
    if (parser.isSet(waitingOpt))
        return listWaiting(*format, path, runId);
    if (!QFileInfo::exists(path)) {
        // Nothing has run yet: an empty history, and no file created for it.
        if (runId > 0) {
            err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(path) << Qt::endl;
            return ExitUsage;
        }
        OutputFormatter::print(*format, columns, {});
        return ExitOk;
    }
    // Read-only: it never writes, and reads while another process records a run.
    Journal journal(path);
    if (!journal.openReadOnly()) {
        // A damaged journal is moved aside by the open: its message says where it is.
        err() << journal.errorString() << Qt::endl;
        return ExitJournal;
    }
    if (runId > 0) {
        const std::optional<RunRecord> record = journal.loadRun(runId);
        if (!record && journal.error() == JournalError::NotFound) {
            err() << tr("There is no run %1 in the journal %2.").arg(runId).arg(path) << Qt::endl;
            return ExitUsage;
        }
        if (!record) {
            err() << journal.errorString() << Qt::endl;
            return ExitJournal;
        }
        RunReport::print(*format, *record);
        return ExitOk;
    }

    JournalQuery query;
    query.limit = limit;
    const RunPage page = journal.searchRuns(query);
    if (journal.error() != JournalError::None) {
        err() << journal.errorString() << Qt::endl;
        return ExitJournal;
    }
    QList<QStringList> rows;
    for (const RunSummary &run : page.runs) {
        rows.append(
            {QString::number(run.id), runKinds::name(run.kind), run.profileName,
             RunExport::timeText(run.createdAt), RunReport::statusName(run.status()),
             QString::number(run.total), QString::number(run.count(ItemState::Success)),
             QString::number(run.count(ItemState::Failed)),
             QString::number(run.count(ItemState::PendingApproval)),
             QString::number(run.count(ItemState::Scheduled)),
             QString::number(run.count(ItemState::Unknown)),
             QString::number(run.count(ItemState::Cancelled)),
             QString::number(run.count(ItemState::Queued) + run.count(ItemState::Sending)),
             RunExport::idText(run.undoOf), RunExport::idsText(run.undoneBy)});
    }
    OutputFormatter::print(*format, columns, rows);
    return ExitOk;
}

} // namespace dataarts::cli
