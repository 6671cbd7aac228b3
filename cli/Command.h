#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace dataarts {
class Session;
struct ConnectionSettings;
} // namespace dataarts

namespace dataarts::cli {

// Exit statuses of the CLI contract.
enum ExitCode : int {
    ExitOk = 0,
    ExitItemsFailed = 1,
    ExitUsage = 2,
    ExitConnection = 3,
    ExitJournal = 4, // the journal could not be read or written
    ExitRunBusy = 5, // the run is being executed by another process
    ExitStopped = 6, // SIGINT or SIGTERM stopped the run: continue it with resume --run N
    ExitWaiting = 7, // refresh: some items still wait (scheduled, or for an approval)
};

// Standard output and standard error, UTF-8.
QTextStream &out();
QTextStream &err();

// One sub-command ("sign", "tables list", ...). run() gets the arguments after the
// command words, with argv[0] first so QCommandLineParser can be used as is.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;
    virtual QStringList words() const = 0; // {"tables", "list"}
    virtual QString summary() const = 0;   // one translated line for the overview
    virtual int run(const QStringList &arguments) = 0;

protected:
    // Parses; an exit status when the command is done already (--help printed: 0; a parse
    // error or an unexpected positional argument printed: 2), nullopt to go on.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    bool allowPositional = false);
    // Commands that wait for the network or the keychain run the application's event loop:
    // start() is called once it runs, and the code given to finish() is returned.
    static int runEventLoop(const std::function<void()> &start);
    static void finish(int exitCode);
    // Once the connection options are resolved: the session of their settings; nullptr when
    // they are unusable (unless mustBeUsable is false: a dry run sends nothing), with the
    // message printed and finish() called with its exit status.
    static std::unique_ptr<Session> openSession(const ConnectionSettings &settings,
                                                bool mustBeUsable = true);
};

} // namespace dataarts::cli
