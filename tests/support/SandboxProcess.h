#pragma once

#include "client/ConnectionSettings.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Starts dataarts-sandbox on a free loopback port as a child process, reads the contract's
// start-up lines (base URL, then key=value lines) and stops it again on destruction.
class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    static QString executablePath();

    // False, with errorString(), when it did not start or printed something unexpected.
    bool start(int timeoutMs = 30000);
    void stop();
    QString errorString() const { return m_error; }

    QUrl url() const { return m_url; }
    QString value(const QString &key) const { return m_values.value(key); }
    QString projectId() const { return value(QStringLiteral("project_id")); }
    QString instanceId() const { return value(QStringLiteral("instance_id")); }
    QString workspace() const { return value(QStringLiteral("workspace")); }
    QString accessKey() const { return value(QStringLiteral("ak")); }
    QByteArray secretKey() const { return value(QStringLiteral("sk")).toUtf8(); }

    // Settings for a session against this sandbox with its AK/SK.
    dataarts::ConnectionSettings settings() const;

    // GET /__sandbox/stats, waited for in a local event loop (tests only).
    QJsonObject stats(int timeoutMs = 10000) const;

    QProcess &process() { return m_process; }
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_url;
    QHash<QString, QString> m_values;
    QString m_error;
};
