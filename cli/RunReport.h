#pragma once

#include "OutputFormatter.h"

#include "journal/JournalRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace dataarts::cli {

// A run from the journal as the CLI prints it after `offline`, `api-action`, `resume` and
// for `history --run ID`:
// - json: one document {"run_id", "kind", "status", "profile", "created_at",
//   "finished_at", "undo_of" (the run it undoes, or null), "undone_by" (the runs that undo
//   it), "items": [{"key", <the two key fields>, "state", "code", "remark",
//   "request_id", "attempts", "approval_id", "effective_at", "took_effect_at"}], "totals": {"total",
//   "success", "failed", "pending_approval", "scheduled", "unknown", "cancelled", "queued",
//   "sending"}}; ids are strings, run_id and counts are numbers;
// - csv: the journal's export (RunExport::csv), one line per item;
// - table: one line per item, then a totals line and the undo links ("Undo of run 12").
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    static QByteArray json(const RunRecord &record);
    static QJsonObject jsonObject(const RunRecord &record);
    static QByteArray table(const RunRecord &record, int maxWidth = 0);
    static QByteArray format(OutputFormat format, const RunRecord &record, int maxWidth = 0);
    static void print(OutputFormat format, const RunRecord &record);

    // "TABLE_MODEL:1229920251379118081" / "api_id@instance_id" / the id: the item's key as
    // the command line names it.
    static QString keyText(RunKind kind, const JournalItem &item);
    // "RUNNING", "FINISHED", "CANCELLED".
    static QString statusName(RunStatus status);
    // Translated one-line summary of the counts.
    static QString totalsLine(const RunSummary &run);
};

} // namespace dataarts::cli
