// dataarts-sandbox: a local emulator of the DataArts Studio endpoints (see README.md).
#include "core/SandboxOptions.h"
#include "server/SandboxServer.h"
#include "server/SignalWatcher.h"
#include "world/SandboxWorld.h"

#include <QCoreApplication>

#include <cstdio>

using namespace dataarts::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dataarts-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));

    SandboxOptions options;
    QString message;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    switch (SandboxOptions::parse(arguments, &options, &message)) {
    case SandboxOptions::Outcome::Help:
        std::fputs(message.toLocal8Bit().constData(), stdout);
        return 0;
    case SandboxOptions::Outcome::Error:
        std::fprintf(stderr, "dataarts-sandbox: %s\nRun with --help for the options.\n",
                     message.toLocal8Bit().constData());
        return 2;
    case SandboxOptions::Outcome::Run:
        break;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &app, &QCoreApplication::quit);

    SandboxWorld world(options);
    SandboxServer server(world);
    if (!server.start(&message)) {
        std::fprintf(stderr, "dataarts-sandbox: %s\n", message.toLocal8Bit().constData());
        return 1;
    }

    // The contract: the base URL first, then key=value lines (sandbox keys are not secrets).
    const User &admin = world.users.defaultUser();
    QByteArray out = server.url().toString().toUtf8() + '\n';
    const auto line = [&out](const char *key, const QString &value) {
        out += QByteArray(key) + '=' + value.toUtf8() + '\n';
    };
    line("project_id", world.directory.project.id);
    line("instance_id", world.directory.instance().id);
    line("workspace", world.directory.workspace().id);
    line("ak", admin.accessKey);
    line("sk", QString::fromUtf8(admin.secretKey));
    line("user", admin.name);
    line("user_id", admin.id);
    line("password", admin.password);
    line("account", world.directory.accountName);
    line("region", world.directory.project.name);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);

    return app.exec();
}
