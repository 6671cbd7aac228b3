#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace dataarts::cli {

// Exit statuses of the CLI contract.
enum ExitCode : int {
    ExitOk = 0,
    ExitItemsFailed = 1,
    ExitUsage = 2,
    ExitConnection = 3,
};

// Standard output and standard error, UTF-8.
QTextStream &out();
QTextStream &err();

// One sub-command ("sign", "tables list", ...). run() gets the arguments after the
// command words, with argv[0] first so QCommandLineParser can be used as is.
class Command
{
public:
    virtual ~Command() = default;
    virtual QStringList words() const = 0; // {"tables", "list"}
    virtual QString summary() const = 0;   // one translated line for the overview
    virtual int run(const QStringList &arguments) = 0;
};

} // namespace dataarts::cli
