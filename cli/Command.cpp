#include "Command.h"

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

} // namespace dataarts::cli
