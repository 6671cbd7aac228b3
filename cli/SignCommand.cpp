#include "SignCommand.h"

#include "signing/Canonical.h"
#include "signing/RequestSigner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

namespace dataarts::cli {

QString SignCommand::summary() const
{
    return tr("Print the canonical request, string to sign and headers for one request");
}

int SignCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption methodOpt(QStringLiteral("method"), tr("HTTP method (default GET)."),
                                       tr("METHOD"), QStringLiteral("GET"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), tr("Full request URL."), tr("URL"));
    const QCommandLineOption headerOpt(QStringLiteral("header"),
                                       tr("A request header, \"Name: value\"; repeatable."),
                                       tr("HEADER"));
    const QCommandLineOption dataOpt(QStringLiteral("data-file"),
                                     tr("File whose exact bytes are the request body."),
                                     tr("FILE"));
    const QCommandLineOption dateOpt(QStringLiteral("date"),
                                     tr("X-Sdk-Date to use (YYYYMMDDTHHMMSSZ), for reproducible "
                                        "output."),
                                     tr("DATE"));
    const QCommandLineOption signedOpt(
        QStringLiteral("signed-headers"),
        tr("Comma-separated header names to sign when present (default: %1).")
            .arg(QString::fromLatin1(RequestSigner::defaultPolicy().join(','))),
        tr("NAMES"));
    parser.addOptions({methodOpt, urlOpt, headerOpt, dataOpt, dateOpt, signedOpt});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
              << Qt::endl;
        return ExitUsage;
    }

    const QUrl url = QUrl::fromUserInput(parser.value(urlOpt));
    if (!parser.isSet(urlOpt) || !url.isValid() || url.host().isEmpty()) {
        err() << tr("--url needs a full URL, such as https://host/path?key=value") << Qt::endl;
        return ExitUsage;
    }

    Credentials credentials;
    credentials.accessKey = qEnvironmentVariable("DATAARTS_AK");
    credentials.secretKey = qgetenv("DATAARTS_SK");
    if (!credentials.isValid()) {
        err() << tr("No keys: set DATAARTS_AK and DATAARTS_SK in the environment.") << Qt::endl;
        return ExitUsage;
    }

    SignableRequest request =
        SignableRequest::fromUrl(parser.value(methodOpt).toUpper().toLatin1(), url);
    for (const QString &header : parser.values(headerOpt)) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            err() << tr("Bad header \"%1\": expected \"Name: value\".").arg(header) << Qt::endl;
            return ExitUsage;
        }
        request.setHeader(header.left(colon).trimmed().toUtf8(),
                          header.mid(colon + 1).trimmed().toUtf8());
    }
    if (parser.isSet(dataOpt)) {
        QFile file(parser.value(dataOpt));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return ExitUsage;
        }
        request.body = file.readAll();
    }
    if (parser.isSet(dateOpt)) {
        const QByteArray date = parser.value(dateOpt).toLatin1();
        if (!canonical::parseSdkDate(date).isValid()) {
            err() << tr("Bad --date \"%1\": expected YYYYMMDDTHHMMSSZ, such as 20200608T023900Z.")
                         .arg(parser.value(dateOpt))
                  << Qt::endl;
            return ExitUsage;
        }
        request.setHeader(QByteArrayLiteral("X-Sdk-Date"), date);
    }

    QList<QByteArray> policy = RequestSigner::defaultPolicy();
    if (parser.isSet(signedOpt)) {
        policy.clear();
        for (const QString &name :
             parser.value(signedOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
            policy.append(name.trimmed().toLatin1());
    }

    const SignedRequest signedRequest = RequestSigner(policy).sign(request, credentials);

    out() << "# " << tr("Canonical request") << '\n'
          << QString::fromUtf8(signedRequest.canonicalRequest) << "\n\n";
    out() << "# " << tr("String to sign") << '\n'
          << QString::fromUtf8(signedRequest.stringToSign) << "\n\n";
    out() << "# " << tr("Headers to send") << '\n';
    if (policy.contains("host") && !request.hasHeader("Host"))
        out() << "Host: " << request.hostHeader() << '\n';
    for (const auto &[name, value] : signedRequest.headersToSend)
        out() << QString::fromUtf8(name) << ": " << QString::fromUtf8(value) << '\n';
    out().flush();
    return ExitOk;
}

} // namespace dataarts::cli
