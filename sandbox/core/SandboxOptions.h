#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dataarts::sandbox {

// One --user NAME:AK:SK:ROLE[:PASSWORD].
struct UserSpec {
    QString name;
    QString accessKey;
    QString secretKey;
    bool approver = false;
    QString password;
};

// Everything the command line controls (see sandbox/README.md for the list of flags).
struct SandboxOptions {
    static constexpr const char *DefaultAccessKey = "HPUASANDBOX0000AKSK1";
    static constexpr const char *DefaultSecretKey = "SbxSecretKey4DataArtsDeskSandbox00000001";
    static constexpr const char *DefaultPassword = "SandboxPass#2024";

    quint16 port = 0;
    quint64 seed = 1;
    int tables = 5000;
    int apis = 300;
    int clusters = 3;

    // Faults
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double failRate = 0;
    double failAfterRate = 0;
    double resetRate = 0;
    double resetAfterRate = 0;
    double truncateRate = 0;
    double malformedRate = 0;
    double htmlRate = 0;
    int slowBodyMs = 0;

    // Rate limits: documented defaults unless overridden (count/seconds for every bucket)
    // or switched off.
    bool rateLimitOff = false;
    int rateLimitCount = 0;
    int rateLimitSeconds = 0;

    qint64 clockOffsetSeconds = 0;
    QString tlsCertFile;
    QString tlsKeyFile;

    QString accessKey = QString::fromLatin1(DefaultAccessKey);
    QString secretKey = QString::fromLatin1(DefaultSecretKey);
    QList<UserSpec> users;

    bool numericIds = false;
    bool errorsArrayShape = false; // --error-shape errors
    int actionMs = 20;             // how long one API action keeps its cluster busy

    enum class Outcome { Run, Help, Error };
    // Parses the arguments (without the program name). Help: *message holds the help
    // text. Error: *message says what is wrong.
    static Outcome parse(const QStringList &arguments, SandboxOptions *out, QString *message);
};

} // namespace dataarts::sandbox
