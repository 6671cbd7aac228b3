#include "ProfileCommandTest.h"

#include "ConnectionOptions.h"

#include "connection/ConnectionTest.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString ProfileCommandTest::summary() const
{
    return tr("Test a connection profile with one signed call");
}

int ProfileCommandTest::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the profile."));
    if (const std::optional<int> exit = parse(parser, arguments, true))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << (positional.isEmpty() ? tr("Give the name of the profile: profile test NAME")
                                       : tr("Unexpected argument: %1").arg(positional.at(1)))
              << Qt::endl;
        return ExitUsage;
    }
    // The profile through the connection options, as every other command reads it.
    QCommandLineParser connectionParser;
    ConnectionOptions connection;
    connection.addTo(connectionParser);
    connectionParser.parse(
        {arguments.constFirst(), QStringLiteral("--profile"), positional.constFirst()});
    connection.read(connectionParser);

    ConnectionTest test;
    QObject::connect(&test, &ConnectionTest::finished, &test,
                     [](const ConnectionTestResult &result) {
                         if (result.ok) {
                             out() << result.message() << Qt::endl;
                             finish(ExitOk);
                             return;
                         }
                         err() << result.message() << Qt::endl;
                         finish(ExitConnection);
                     });
    return runEventLoop([&] {
        connection.resolve([&](int status) {
            if (status != ExitOk) {
                finish(status);
                return;
            }
            test.start(connection.settings());
        });
    });
}

} // namespace dataarts::cli
