#pragma once

#include "batch/RunSpec.h"
#include "dto/Enums.h"
#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace dataarts {

// The inverse of a finished run, worked out from the journal alone (issue 23): which items
// the run actually changed, and the action that puts them back. So far API actions: STOP is
// undone by RECOVER and RECOVER by STOP. UNPUBLISH (it removes every app's authorization)
// and batch offline (a batch publish with an approver) are refused with the reason. Items
// the run did not change (failed, cancelled, still scheduled or waiting for approval) are
// skipped with theirs. Before anything is sent, UndoCheck reads each pair's current state.
struct UndoPlan {
    struct Skip {
        QString keyId;
        QString keyPart;
        QString name;
        QString reason; // translated
    };

    QString refusal; // translated; not empty: the run cannot be undone
    ApiAction inverse = ApiAction::Unknown;
    QList<QPair<QString, QString>> pairs; // api_id, instance_id the run changed
    QHash<QString, QString> names;        // "api@instance" -> the name the journal kept
    QList<Skip> skipped;

    bool ok() const { return refusal.isEmpty(); }
    static UndoPlan forRun(const RunRecord &record);
    // The undo run of `pairs` (after UndoCheck): RECOVER at once, STOP with the usual two
    // days' notice from now; the names the journal kept; undo_of set.
    RunSpec inverseSpec(qint64 runId, const QDateTime &now) const;
    // The parameter an undo run carries: the run it undoes.
    static QLatin1String undoOfKey() { return QLatin1String("undo_of"); }
};

// Translations of UndoPlan's texts.
class UndoText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::UndoText)
};

} // namespace dataarts
