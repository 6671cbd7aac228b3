#pragma once

#include "RunText.h"

#include "batch/RunEvents.h"
#include "journal/JournalRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dataarts::ui {

// The runs of the Progress view, newest first: kind, created, by, state and the totals as
// BatchOperationVO has them (total / success / failed / rate), with a progress bar column,
// and the run's undo links.
// Journal runs come in through setRuns() / upsert(); running ones are updated from their
// BatchRun's totals. Raw values under roles::Sort.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Kind,
        Created,
        CreatedBy,
        State,
        Progress,
        Total,
        Success,
        Failed,
        Rate,
        Undo, // "Undo of run 12", "Undone by run 15" (UndoLinks)
        ColumnCount
    };
    Q_ENUM(Column)
    // The run id of a row (every column).
    static constexpr int RunIdRole = Qt::UserRole + 40;

    explicit RunListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRuns(const QList<RunSummary> &runs, const QSet<qint64> &running);
    // Adds the run at the top, or replaces the row of a known one.
    void upsert(const RunSummary &run, bool running);
    // Live totals of a running run (nothing for an unknown id).
    void setTotals(qint64 runId, const RunTotals &totals);
    void setRunning(qint64 runId, bool running);

    int rowOf(qint64 runId) const { return m_rowOf.value(runId, -1); }
    qint64 runIdAt(int row) const;
    // The journal's summary of a row (a default one when the row does not exist).
    RunSummary runAt(int row) const;
    RunState stateAt(int row) const;
    // The run's kind (BatchOffline when the row does not exist).
    RunKind kindAt(int row) const;
    // Counts of a row by state (what the totals columns show).
    RunTotals totalsAt(int row) const;
    // Re-emits the header after a language change.
    void retranslate();

private:
    struct Row {
        RunSummary run;
        RunTotals totals;
        bool running = false;
    };
    static RunTotals totalsOf(const RunSummary &run);
    void reindex();

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace dataarts::ui
