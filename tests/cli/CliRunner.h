#pragma once

// Runs the real dataarts-desk-cli as a child process, with a controlled environment: keys
// (or none), a journal file of the test's own, no proxy for loopback, English unless asked.
#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString text() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
    }
};

class CliRunner
{
public:
    QString accessKey;
    QByteArray secretKey;
    QString journalPath;
    QString home; // empty: keep the caller's HOME
    QString lang = QStringLiteral("en");
    QStringList connection; // global connection options added after the command words

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DATAARTS_AK", "DATAARTS_SK", "http_proxy", "https_proxy",
                                 "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            env.remove(QString::fromLatin1(name));
        if (!accessKey.isEmpty())
            env.insert(QStringLiteral("DATAARTS_AK"), accessKey);
        if (!secretKey.isEmpty())
            env.insert(QStringLiteral("DATAARTS_SK"), QString::fromUtf8(secretKey));
        if (!journalPath.isEmpty())
            env.insert(QStringLiteral("DATAARTS_DESK_JOURNAL"), journalPath);
        if (!home.isEmpty()) {
            env.insert(QStringLiteral("HOME"), home);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        }
        env.insert(QStringLiteral("LANG"), lang == QLatin1String("zh_CN")
                                               ? QStringLiteral("zh_CN.UTF-8")
                                               : QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        return env;
    }

    // words: the command words; args: its options. The connection options are added
    // unless withConnection is false.
    CliResult run(const QStringList &words, const QStringList &args = {},
                  bool withConnection = true, const QByteArray &input = {},
                  int timeoutMs = 120000) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DESK_CLI_PATH),
                      words + (withConnection ? connection : QStringList()) + args);
        CliResult result;
        if (!process.waitForStarted(10000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            result.crashed = true;
        }
        result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};
