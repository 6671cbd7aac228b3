#include "SandboxStartup.h"

#include <QHostAddress>
#include <QList>

namespace dataarts {

std::optional<SandboxStartup> SandboxStartup::parse(const QByteArray &output, QString *error)
{
    const auto failed = [error](const QString &message) -> std::optional<SandboxStartup> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QList<QByteArray> lines = output.split('\n');
    SandboxStartup startup;
    bool haveUrl = false;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!haveUrl) {
            startup.url = QUrl(QString::fromUtf8(line), QUrl::StrictMode);
            const QHostAddress host(startup.url.host());
            if (!startup.url.isValid() ||
                (startup.url.scheme() != QLatin1String("http") &&
                 startup.url.scheme() != QLatin1String("https")) ||
                (startup.url.host() != QLatin1String("localhost") &&
                 (host.isNull() || !host.isLoopback())))
                return failed(tr("The sandbox printed \"%1\" where its loopback URL was expected.")
                                  .arg(QString::fromUtf8(line.left(200))));
            haveUrl = true;
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QByteArray value = line.mid(eq + 1);
        if (key == "project_id")
            startup.projectId = QString::fromUtf8(value);
        else if (key == "instance_id")
            startup.instanceId = QString::fromUtf8(value);
        else if (key == "workspace")
            startup.workspace = QString::fromUtf8(value);
        else if (key == "ak")
            startup.accessKey = QString::fromUtf8(value);
        else if (key == "sk")
            startup.secretKey = value;
    }
    if (!haveUrl)
        return failed(tr("The sandbox printed no URL."));
    if (startup.projectId.isEmpty() || startup.workspace.isEmpty() || startup.accessKey.isEmpty() ||
        startup.secretKey.isEmpty())
        return failed(tr("The sandbox did not print its project id, workspace and keys."));
    return startup;
}

} // namespace dataarts
