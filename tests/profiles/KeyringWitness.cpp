#include "KeyringWitness.h"

#include <QProcess>
#include <QStandardPaths>

namespace keyringWitness {
namespace {

const QString kService = QStringLiteral("dataarts-desk");

struct Run {
    bool ok = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run secretTool(const QStringList &arguments)
{
    Run run;
    QProcess process;
    process.start(secretToolPath(), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.ok = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

QString secretToolPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
}

QString environmentProblem()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral(
            "DBUS_SESSION_BUS_ADDRESS is not set: keychain tests need the private session bus "
            "with an unlocked GNOME keyring that scripts/test provides (run scripts/test, or "
            "ctest inside dbus-run-session as in design/testing.md)");
    if (secretToolPath().isEmpty())
        return QStringLiteral("secret-tool is missing: run scripts/setup-deps (libsecret-tools)");
    return QString();
}

QStringList keys(bool *ok)
{
    // Item attributes go to standard error, one "attribute.user = <key>" line per item.
    const Run run = secretTool(
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), kService});
    *ok = run.ok && run.exitCode == 0;
    QStringList found;
    const QByteArray prefix = "attribute.user = ";
    const QByteArray all = run.out + '\n' + run.err;
    for (const QByteArray &line : all.split('\n')) {
        if (line.startsWith(prefix))
            found << QString::fromUtf8(line.mid(prefix.size()).trimmed());
    }
    return found;
}

QStringList keysOfProfile(const QString &profileId, bool *ok)
{
    QStringList mine;
    for (const QString &key : keys(ok)) {
        if (key.startsWith(profileId + QLatin1Char('/')))
            mine << key;
    }
    return mine;
}

QByteArray lookup(const QString &key, bool *found)
{
    const Run run = secretTool({QStringLiteral("lookup"), QStringLiteral("server"), kService,
                                QStringLiteral("user"), key});
    *found = run.ok && run.exitCode == 0;
    if (!*found)
        return QByteArray();
    return QByteArray::fromBase64(run.out.trimmed());
}

void clear(const QString &key)
{
    secretTool(
        {QStringLiteral("clear"), QStringLiteral("server"), kService, QStringLiteral("user"), key});
}

} // namespace keyringWitness
