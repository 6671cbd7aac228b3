#pragma once

#include "Command.h"
#include "OutputFormatter.h"

#include "batch/BatchRun.h"
#include "batch/RunSpec.h"
#include "csv/InputProblem.h"

#include <QPointer>

class QCommandLineOption;
class QCommandLineParser;

#include <functional>
#include <memory>

namespace dataarts {
class BatchEngine;
class Journal;
class Session;
} // namespace dataarts

namespace dataarts::cli {

class ConnectionOptions;
class StopSignals;

// What `offline`, `api-action` and `resume` share: resolve the connection, then either
// print the requests a spec would send (dry run: nothing is sent, nothing recorded), or
// run it through the batch engine and the journal the app uses (journalLocation), with a
// progress bar on a terminal, and print the run from the journal when it ends. The exit
// status follows exitStatus::forRun. SIGINT or SIGTERM stops a run resumably (no new
// request, those in flight finish and are recorded), prints "resume --run N" and exits with
// ExitStopped; a second one ends the process at once.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    RunCommand();
    ~RunCommand() override;

public:
    struct Plan {
        bool dryRun = false;
        RunSpec spec;      // start (or preview) this ...
        qint64 resume = 0; // ... or resume this run
        qint64 retry = 0;  // ... or start a run of this run's FAILED items
        // Called once the session is open, before the spec is previewed or started: may
        // read the server and change the spec, then calls done(ExitOk) to go on, or done
        // with another status to stop there.
        std::function<void(Session *session, RunSpec *spec, std::function<void(int)> done)> prepare;
        // After a new run that sent something, before its report: the targets' names read
        // from the server (TargetNames) into the journal, for the report, History and the
        // exports. A failed read only leaves names out.
        bool nameTargets = false;
        // Stop once prepare has called done(ExitOk): a check (--check), nothing sent.
        bool stopAfterPrepare = false;
        // Before the spec is previewed or started: what could not be undone afterwards
        // (UndoLimits), on standard error.
        bool sayUndoLimits = false;
    };

protected:
    // The exit statuses every run command shares beyond 0 to 3, for its help.
    static QString moreExitStatuses();

    // --run ID, the run a command on one recorded run (resume, undo, refresh) works on.
    static QCommandLineOption runOption();

    // The names of the run's targets (nameTargets), then `then`.
    void nameItems(Session *session, qint64 runId, const RunSpec &spec,
                   std::function<void()> then);

    // Opens the journal (once); false with the message printed.
    bool openJournal();
    // The run named by --run (`value`), once the journal is open and holds it; nullopt with
    // the message printed and *exit set (usage: `giveRun` when the id is not one, or no such
    // run; journal: the journal failed).
    std::optional<RunSummary> journalRun(const QString &value, const QString &giveRun, int *exit);
    Journal *journal() const { return m_journal.get(); }

    int execute(ConnectionOptions &connection, OutputFormat format, Plan plan);

    // The requests of a dry run, formatted.
    static QByteArray previewText(OutputFormat format, const QUrl &base,
                                  const QList<RequestPreview> &requests);

    // Input problems: the first kMaxListedProblems printed on standard error with their line
    // numbers, then how many more; the exit status
    // when they stop the command (nothing is sent unless skipBadLines), else nullopt.
    static std::optional<int> reportProblems(const QStringList &problems, bool skipBadLines,
                                             int goodItems);

    // At most this much input (as the window's import), and this many problems listed.
    static constexpr qint64 kMaxInputBytes = 64LL * 1024 * 1024;
    static constexpr int kMaxListedProblems = 100;

    // Reads a file, or standard input for "-", up to kMaxInputBytes; false with the message
    // printed (also when it is larger).
    static bool readInput(const QString &path, QByteArray *data);

    // A whole-number option from 1 to max, left at 0 when not given; false with the message
    // printed when it is not one.
    static bool countOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                            int max, int *value);

    // The items to act on, as CSV lines: the file of --input (inputOpt), or the repeated
    // item option (itemOpt, each "A<separator>B" becoming the line "A,B"). Exactly one of
    // the two must be given, else `neitherOrBoth` is printed. Then the readers' problems as
    // printed text: with their line numbers for a file, with the option and its value for
    // item options. An exit status when it stops the command (nothing is sent), else nullopt.
    struct ItemInput {
        QByteArray data;
        bool fromFile = false;
        QString optionName; // "--entity"
        QStringList values; // the item options' values, in order
        QStringList problemTexts(const QList<InputProblem> &problems) const;
    };
    static std::optional<int> readItems(const QCommandLineParser &parser,
                                        const QCommandLineOption &inputOpt,
                                        const QCommandLineOption &itemOpt, QChar separator,
                                        const QString &neitherOrBoth, ItemInput *input);

private:
    void reportRun(qint64 runId, BatchRun::Outcome outcome, OutputFormat format);
    // The journal failed during the run: what was sent, what the journal holds (read back
    // if it can be), and how to go on; exit status ExitJournal.
    void reportJournalFailure(qint64 runId, const QString &error, OutputFormat format);
    // SIGINT or SIGTERM: stops the run (or the command, when no run has started yet).
    void onStopSignal(int signal, BatchEngine *engine, qint64 runId);

    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<StopSignals> m_stopSignals;
    int m_stopSignal = 0; // the signal that stopped the run, or 0
    QPointer<BatchRun> m_run;
};

} // namespace dataarts::cli
