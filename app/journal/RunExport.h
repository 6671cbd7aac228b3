#pragma once

#include "JournalRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dataarts {

// A run from the journal as a file users keep or hand on: CSV (RFC 4180, UTF-8, CRLF, a
// byte order mark on request for spreadsheets) with one line per item, or one JSON
// document with the run, its totals by state, its requests and every item. Column and
// field names are stable identifiers (not translated); times are ISO 8601 UTC with
// milliseconds; remarks are the server's, verbatim. Each item says when it really took
// effect (took_effect_at, JournalItem::tookEffectAt(): SUCCESS items only); the JSON also
// lists every change of its state (events: from, to, at, effective_at, source).
// Undo links (issue 23): the run it undoes and the runs that undo it, in the JSON's run
// (undo_of: an id or null, undone_by: an array of ids) and as the CSV's last two columns,
// the same on every line (undo_of: an id or empty; undone_by: ids separated by spaces).
class RunExport
{
    Q_DECLARE_TR_FUNCTIONS(RunExport)
public:
    // The names of an item's two key fields for a kind, in the order written:
    // batch runs "biz_type,biz_id"; API actions "api_id,instance_id"; review actions
    // "approval_id" / "message_id" / "apply_id" then "detail".
    static QStringList keyColumns(RunKind kind);
    static QStringList csvHeader(RunKind kind);

    static QByteArray csv(const RunRecord &run, bool byteOrderMark = false);
    static QByteArray json(const RunRecord &run);

    // Write through QSaveFile (the old file stays until the new one is complete); false with
    // a translated reason in *error.
    static bool writeCsv(const RunRecord &run, const QString &path, bool byteOrderMark,
                         QString *error);
    static bool writeJson(const RunRecord &run, const QString &path, QString *error);

    // "2026-03-01T10:00:00.000Z", or "" for an invalid time.
    static QString timeText(const QDateTime &time);
    // A run id, or "" for none (0); run ids separated by spaces ("12 15"), or "".
    static QString idText(qint64 id);
    static QString idsText(const QList<qint64> &ids);

private:
    static bool write(const QByteArray &bytes, const QString &path, QString *error);
};

} // namespace dataarts
