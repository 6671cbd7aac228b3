#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

namespace dataarts::sandbox {

namespace {

struct Parsing {
    QCommandLineParser parser;
    QString error;

    bool integer(const QString &name, qint64 lo, qint64 hi, qint64 *out)
    {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < lo || value > hi) {
            error = QStringLiteral("--%1 must be an integer from %2 to %3, not \"%4\"")
                        .arg(name)
                        .arg(lo)
                        .arg(hi)
                        .arg(parser.value(name));
            return false;
        }
        *out = value;
        return true;
    }

    bool integer(const QString &name, int lo, int hi, int *out)
    {
        qint64 value = *out;
        if (!integer(name, qint64(lo), qint64(hi), &value))
            return false;
        *out = int(value);
        return true;
    }

    bool rate(const QString &name, double *out)
    {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || !(value >= 0.0 && value <= 1.0)) {
            error = QStringLiteral("--%1 must be a number in [0, 1], not \"%2\"")
                        .arg(name, parser.value(name));
            return false;
        }
        *out = value;
        return true;
    }
};

QCommandLineOption valueOption(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(valueName));
}

} // namespace

SandboxOptions::Outcome SandboxOptions::parse(const QStringList &arguments, SandboxOptions *out,
                                              QString *message)
{
    Parsing p;
    QCommandLineParser &parser = p.parser;
    parser.setApplicationDescription(QStringLiteral(
        "dataarts-sandbox: a local emulator of the DataArts Studio endpoints DataArts Desk "
        "uses. Prints its base URL, then key=value lines, and serves on 127.0.0.1 until "
        "SIGINT or SIGTERM."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    parser.addOption(help);
    parser.addOptions({
        valueOption("port", "TCP port on 127.0.0.1 (0: any free port).", "N"),
        valueOption("seed", "Seed for the generated data and the fault draws.", "N"),
        valueOption("tables", "Number of tables (the five all-tables kinds).", "N"),
        valueOption("apis", "Number of DataService APIs.", "N"),
        valueOption("clusters", "Number of DataService exclusive clusters.", "N"),
        valueOption("latency-ms", "Latency added to every request, drawn from MIN..MAX.",
                    "MIN:MAX"),
        valueOption("fail-rate", "Share of requests answered 503/500 before any change.", "R"),
        valueOption("fail-after-rate", "Share answered 500 after the change is applied.", "R"),
        valueOption("reset-rate", "Share of connections reset before any change.", "R"),
        valueOption("reset-after-rate", "Share reset after the change is applied.", "R"),
        valueOption("truncate-rate", "Share of responses with a truncated body.", "R"),
        valueOption("malformed-rate", "Share of responses with malformed JSON.", "R"),
        valueOption("html-rate", "Share answered with an HTML 502 page (no change).", "R"),
        valueOption("slow-body-ms", "Dribble every response body over N ms.", "N"),
        valueOption("rate-limit",
                    "Every token bucket allows N requests per SECONDS; "
                    "\"off\" disables throttling.",
                    "N/SECONDS|off"),
        valueOption("clock-offset-s", "Run the server clock N seconds ahead (negative: behind).",
                    "N"),
        valueOption("tls-cert", "PEM certificate: serve HTTPS.", "FILE"),
        valueOption("tls-key", "PEM private key for --tls-cert.", "FILE"),
        valueOption("ak", "Access key of the default user.", "AK"),
        valueOption("sk", "Secret key of the default user.", "SK"),
        valueOption("user", "Another user (repeatable). ROLE: approver or developer.",
                    "NAME:AK:SK:ROLE[:PASSWORD]"),
        QCommandLineOption(QStringLiteral("numeric-ids"),
                           QStringLiteral("Send Architecture ids as JSON numbers.")),
        valueOption("error-shape",
                    "Architecture error bodies: \"default\" "
                    "{error_code, error_msg, data} or \"errors\" "
                    "{errors:[{error_code, error_msg}]}.",
                    "default|errors"),
        valueOption("action-ms", "How long one API action keeps its cluster busy.", "N"),
    });

    if (!parser.parse(QStringList{QStringLiteral("dataarts-sandbox")} + arguments)) {
        *message = parser.errorText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Outcome::Help;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = QStringLiteral("unexpected argument \"%1\"")
                       .arg(parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    SandboxOptions o;
    qint64 port = 0;
    qint64 seed = 1;
    bool ok = p.integer(QStringLiteral("port"), 0, 65535, &port) &&
              p.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed) &&
              p.integer(QStringLiteral("tables"), 0, 5'000'000, &o.tables) &&
              p.integer(QStringLiteral("apis"), 0, 200'000, &o.apis) &&
              p.integer(QStringLiteral("clusters"), 1, 64, &o.clusters) &&
              p.rate(QStringLiteral("fail-rate"), &o.failRate) &&
              p.rate(QStringLiteral("fail-after-rate"), &o.failAfterRate) &&
              p.rate(QStringLiteral("reset-rate"), &o.resetRate) &&
              p.rate(QStringLiteral("reset-after-rate"), &o.resetAfterRate) &&
              p.rate(QStringLiteral("truncate-rate"), &o.truncateRate) &&
              p.rate(QStringLiteral("malformed-rate"), &o.malformedRate) &&
              p.rate(QStringLiteral("html-rate"), &o.htmlRate) &&
              p.integer(QStringLiteral("slow-body-ms"), 0, 600'000, &o.slowBodyMs) &&
              p.integer(QStringLiteral("clock-offset-s"), -10LL * 365 * 86400, 10LL * 365 * 86400,
                        &o.clockOffsetSeconds) &&
              p.integer(QStringLiteral("action-ms"), 0, 600'000, &o.actionMs);
    o.port = quint16(port);
    o.seed = quint64(seed);

    if (ok && parser.isSet(QStringLiteral("latency-ms"))) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6}):(\\d{1,6})$"));
        const QRegularExpressionMatch m = pattern.match(parser.value(QStringLiteral("latency-ms")));
        if (!m.hasMatch() || m.captured(1).toInt() > m.captured(2).toInt()) {
            p.error =
                QStringLiteral("--latency-ms must be MIN:MAX in milliseconds with MIN <= MAX");
            ok = false;
        } else {
            o.latencyMinMs = m.captured(1).toInt();
            o.latencyMaxMs = m.captured(2).toInt();
        }
    }
    if (ok && parser.isSet(QStringLiteral("rate-limit"))) {
        const QString value = parser.value(QStringLiteral("rate-limit"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,7})/(\\d{1,6})$"));
        const QRegularExpressionMatch m = pattern.match(value);
        if (value == QLatin1String("off")) {
            o.rateLimitOff = true;
        } else if (m.hasMatch() && m.captured(1).toInt() > 0 && m.captured(2).toInt() > 0) {
            o.rateLimitCount = m.captured(1).toInt();
            o.rateLimitSeconds = m.captured(2).toInt();
        } else {
            p.error = QStringLiteral("--rate-limit must be N/SECONDS (both positive) or off");
            ok = false;
        }
    }
    if (ok && parser.isSet(QStringLiteral("error-shape"))) {
        const QString shape = parser.value(QStringLiteral("error-shape"));
        if (shape == QLatin1String("errors")) {
            o.errorsArrayShape = true;
        } else if (shape != QLatin1String("default")) {
            p.error = QStringLiteral("--error-shape must be default or errors");
            ok = false;
        }
    }
    if (ok) {
        o.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
        o.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
        if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty()) {
            p.error = QStringLiteral("--tls-cert and --tls-key go together");
            ok = false;
        }
        for (const QString &file : {o.tlsCertFile, o.tlsKeyFile}) {
            if (ok && !file.isEmpty() && !QFileInfo(file).isReadable()) {
                p.error = QStringLiteral("cannot read %1").arg(file);
                ok = false;
            }
        }
    }
    if (ok && parser.isSet(QStringLiteral("ak")))
        o.accessKey = parser.value(QStringLiteral("ak"));
    if (ok && parser.isSet(QStringLiteral("sk")))
        o.secretKey = parser.value(QStringLiteral("sk"));
    if (ok && (o.accessKey.isEmpty() || o.secretKey.isEmpty())) {
        p.error = QStringLiteral("--ak and --sk must not be empty");
        ok = false;
    }
    if (ok) {
        const QStringList users = parser.values(QStringLiteral("user"));
        for (const QString &spec : users) {
            const QStringList parts = spec.split(QLatin1Char(':'));
            const bool shapeOk = (parts.size() == 4 || parts.size() == 5) &&
                                 !parts.at(0).isEmpty() && !parts.at(1).isEmpty() &&
                                 !parts.at(2).isEmpty();
            const QString role = shapeOk ? parts.at(3) : QString();
            if (!shapeOk ||
                (role != QLatin1String("approver") && role != QLatin1String("developer"))) {
                p.error = QStringLiteral("--user must be NAME:AK:SK:ROLE[:PASSWORD] with ROLE "
                                         "approver or developer");
                ok = false;
                break;
            }
            UserSpec user;
            user.name = parts.at(0);
            user.accessKey = parts.at(1);
            user.secretKey = parts.at(2);
            user.approver = role == QLatin1String("approver");
            user.password = parts.size() == 5 ? parts.at(4) : QString();
            if (user.accessKey == o.accessKey) {
                p.error = QStringLiteral("--user %1 reuses the default access key").arg(user.name);
                ok = false;
                break;
            }
            o.users.append(user);
        }
    }
    o.numericIds = parser.isSet(QStringLiteral("numeric-ids"));

    if (!ok) {
        *message = p.error;
        return Outcome::Error;
    }
    *out = o;
    return Outcome::Run;
}

} // namespace dataarts::sandbox
