#include "ListCommand.h"

#include "ConnectionOptions.h"
#include "ExitStatus.h"

#include "client/ListJob.h"
#include "client/Pager.h"
#include "client/Session.h"

#include <QCommandLineParser>

#include <memory>

namespace dataarts::cli {

int ListCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption formatOpt = OutputFormatter::option();
    parser.addOption(formatOpt);
    addOptions(parser);
    if (const std::optional<int> exit = parse(parser, arguments))
        return *exit;
    const std::optional<OutputFormat> format = OutputFormatter::parse(parser.value(formatOpt));
    if (!format)
        return ExitUsage;
    if (const std::optional<int> exit = readOptions(parser))
        return *exit;
    if (!connection.read(parser))
        return ExitUsage;

    std::unique_ptr<Session> session;
    std::unique_ptr<Pager> pager;
    QList<QStringList> rows;
    return runEventLoop([&] {
        connection.resolve([&](int status) {
            if (status != ExitOk) {
                finish(status);
                return;
            }
            session = openSession(connection.settings());
            if (!session)
                return;
            pager = std::make_unique<Pager>([&] { return createJob(session.get()); });
            QObject::connect(pager.get(), &Pager::pageReady, pager.get(),
                             [&](ListJob *job) { collect(job, &rows); });
            QObject::connect(pager.get(), &Pager::finished, pager.get(), [&] {
                if (!pager->ok()) {
                    err() << pager->error().message() << Qt::endl;
                    finish(exitStatus::forError(pager->error()));
                    return;
                }
                OutputFormatter::print(*format, columns(), rows);
                finish(ExitOk);
            });
            pager->start();
        });
    });
}

} // namespace dataarts::cli
