#pragma once

#include "batch/RunSpec.h"
#include "dto/ApprovalBatchRequest.h"
#include "dto/Enums.h"
#include "journal/JournalRecords.h"
#include "journal/RunParameters.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dataarts {

// The inverse of a finished run, worked out from the journal alone (issue 23): which items
// the run actually changed, and the run that puts them back (dataarts-api.md section 7.3).
// - API actions: STOP is undone by RECOVER and RECOVER by STOP, per API x cluster pair.
// - Batch offline: undone by a batch publish of the entities it took offline, with an
//   approver like the original run: its approver, fast approval and environment are kept
//   in `approval` (setApprover() overrides them; schedule_time, a publish-only setting of
//   the quality jobs, is not carried over).
// - UNPUBLISH: it has no inverse action and removes every app's authorization, so it is
//   undone by publishing again to the same cluster and authorizing again the apps the
//   journal recorded just before the pair was sent (RepublishStrategy), each until its
//   recorded end; the apps' static parameters and pending authorizations are not restored.
// Refused with the reason: batch publish (an undo of an undo would take entities offline without the impact check: the
// offline wizard or `offline` does that) and the other kinds. Items the run did not change
// (failed, cancelled, still scheduled or waiting for approval) are skipped with theirs.
// Before anything is sent, UndoCheck reads each target's current state: targets changed
// since the run are skipped too, and the entities' names and states are filled in.
struct UndoPlan {
    struct Skip {
        QString keyId;
        QString keyPart;
        QString name;
        QString reason; // translated
    };

    QString refusal;                        // translated; not empty: the run cannot be undone
    RunKind kind = RunKind::ApiAction; // the undo run's kind: ApiAction, ApiRepublish or
                                       // BatchPublish
    ApiAction inverse = ApiAction::Unknown; // API actions: the inverse action
    ApprovalBatchRequest approval;          // batch publish: approver, fast approval, env
    // What the undo sends: (api_id, instance_id) pairs, or (biz_id, biz_type) entities.
    QList<QPair<QString, QString>> pairs;
    QHash<QString, QString> names;   // key(id, part) -> the name the journal (or server) gave
    QHash<QString, QString> current; // key(id, part) -> the state UndoCheck read ("OFFLINE")
    QList<Skip> skipped;
    // Republish: key(api, cluster) -> the apps to authorize again (in force before the
    // UNPUBLISH); pairs whose apps were not recorded (runs before this version) are
    // published again only, and listed in `unrecorded`.
    QHash<QString, QList<AppAuthorization>> apps;
    QStringList unrecorded;

    bool ok() const { return refusal.isEmpty(); }
    // Whether the undo needs an approver (a batch publish).
    bool needsApprover() const { return kind == RunKind::BatchPublish; }
    // What the undo sends, for texts: "RECOVER", "STOP", "batch publish" or "publish
    // again" (translated).
    QString inverseText() const;
    static QString key(const QString &id, const QString &part)
    {
        return id + QLatin1Char('@') + part;
    }
    QString nameOf(const QString &id, const QString &part) const
    {
        return names.value(key(id, part));
    }

    static UndoPlan forRun(const RunRecord &record);
    // Batch publish: send with this approver (and fast approval or not) instead of the
    // original run's.
    void setApprover(const QString &userId, const QString &userName, bool fastApproval);
    // The undo run of `pairs` (after UndoCheck): RECOVER at once, STOP with the usual two
    // days' notice from now, or a batch publish with `approval`; the names kept; undo_of
    // set.
    RunSpec inverseSpec(qint64 runId, const QDateTime &now) const;
    // The parameter an undo run carries: the run it undoes.
    static QLatin1String undoOfKey() { return runParameters::undoOfKey(); }
};

// Translations of UndoPlan's texts.
class UndoText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::UndoText)
};

} // namespace dataarts
