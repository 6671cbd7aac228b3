#include "Command.h"

#include "ExitStatus.h"

#include "client/Session.h"

#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace dataarts::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments,
                                  bool allowPositional)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

int Command::runEventLoop(const std::function<void()> &start)
{
    QTimer::singleShot(0, QCoreApplication::instance(), start);
    return QCoreApplication::exec();
}

void Command::finish(int exitCode)
{
    out().flush();
    err().flush();
    QCoreApplication::exit(exitCode);
}

std::unique_ptr<Session> Command::openSession(const ConnectionSettings &settings,
                                              bool mustBeUsable)
{
    auto session = std::make_unique<Session>(settings);
    if (mustBeUsable && session->setupError().isError()) {
        err() << session->setupError().message() << Qt::endl;
        finish(exitStatus::forError(session->setupError()));
        return nullptr;
    }
    return session;
}

} // namespace dataarts::cli
