#include "ProfileCommandAdd.h"

#include "profiles/ProfileStore.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <utility>

namespace dataarts::cli {

QString ProfileCommandAdd::summary() const
{
    return tr("Store a connection profile, with the keys from DATAARTS_AK / DATAARTS_SK in the "
              "keychain");
}

int ProfileCommandAdd::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        tr("The access key and secret key are read from the environment variables "
           "DATAARTS_AK and DATAARTS_SK, never from arguments."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new profile."));
    const QCommandLineOption endpointOpt(
        QStringLiteral("endpoint"), tr("Custom endpoint URL (https://host[:port])."), tr("URL"));
    const QCommandLineOption regionOpt(QStringLiteral("region"),
                                       tr("Region id, such as cn-north-4."), tr("REGION"));
    const QCommandLineOption projectOpt(QStringLiteral("project-id"),
                                        tr("Project id (32 hexadecimal characters)."), tr("ID"));
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"),
                                          tr("Workspace id (the \"workspace\" header)."), tr("ID"));
    const QCommandLineOption instanceOpt(QStringLiteral("instance-id"),
                                         tr("DataArts Studio instance id (optional)."), tr("ID"));
    const QCommandLineOption dlmOpt(QStringLiteral("dlm-type"),
                                    tr("DataService edition: SHARED or EXCLUSIVE."), tr("TYPE"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"),
                                   tr("PEM file of extra trusted certificate authorities."),
                                   tr("FILE"));
    const QCommandLineOption connectOpt(
        QStringLiteral("connect-timeout"),
        tr("Seconds to wait for a connection with this profile (default: the app's setting)."),
        tr("SECONDS"));
    const QCommandLineOption transferOpt(
        QStringLiteral("transfer-timeout"),
        tr("Seconds to wait for an answer with this profile (default: the app's setting)."),
        tr("SECONDS"));
    parser.addOptions({endpointOpt, regionOpt, projectOpt, workspaceOpt, instanceOpt, dlmOpt, caOpt,
                       connectOpt, transferOpt});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << (positional.isEmpty() ? tr("Give the name of the new profile: profile add NAME …")
                                       : tr("Unexpected argument: %1").arg(positional.at(1)))
              << Qt::endl;
        return ExitUsage;
    }

    Profile profile = Profile::create();
    profile.displayName = positional.constFirst();
    profile.customEndpoint = parser.value(endpointOpt);
    profile.region = parser.value(regionOpt);
    profile.projectId = parser.value(projectOpt);
    profile.workspaceId = parser.value(workspaceOpt);
    profile.instanceId = parser.value(instanceOpt);
    profile.dlmType = parser.value(dlmOpt).toUpper();
    if (parser.isSet(caOpt))
        profile.caBundlePath = QFileInfo(parser.value(caOpt)).absoluteFilePath();
    for (const auto &[option, seconds] :
         {std::pair{&connectOpt, &profile.connectTimeoutSeconds},
          std::pair{&transferOpt, &profile.transferTimeoutSeconds}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const QString text = parser.value(*option).trimmed();
        *seconds = text.toInt(&ok);
        if (!ok || *seconds < 1 || *seconds > Profile::maxTimeoutSeconds) {
            err() << tr("Bad --%1 \"%2\": expected a whole number of seconds from 1 to %3.")
                         .arg(option->names().constFirst(), text,
                              QLocale().toString(Profile::maxTimeoutSeconds))
                  << Qt::endl;
            return ExitUsage;
        }
    }
    profile.auth = AuthMethod::AkSk;
    profile.proxyMode = ProxyMode::System;

    SecretValues secrets;
    const QByteArray ak = qgetenv("DATAARTS_AK");
    const QByteArray sk = qgetenv("DATAARTS_SK");
    if (ak.isEmpty() || sk.isEmpty()) {
        err() << tr("No keys: set DATAARTS_AK and DATAARTS_SK in the environment.") << Qt::endl;
        return ExitUsage;
    }
    secrets.insert(SecretField::AccessKey, ak);
    secrets.insert(SecretField::SecretKey, sk);

    ProfileStore store;
    const FieldErrors problems = store.validate(profile);
    if (!problems.isEmpty()) {
        err() << ProfileValidator::describe(problems) << Qt::endl;
        return ExitUsage;
    }

    SecretStore keychain;
    SaveProfileJob job(&store, &keychain);
    job.setSecrets(secrets);
    job.setRequirePersistentSecrets(true);
    QObject::connect(&job, &SaveProfileJob::finished, &job, [&job, &keychain](bool ok) {
        if (ok) {
            out() << tr("Profile \"%1\" saved; its keys are in the keychain.")
                         .arg(job.profile().displayName)
                  << Qt::endl;
            finish(ExitOk);
            return;
        }
        if (!job.keychainFailed()) {
            err() << job.errorString() << Qt::endl;
            finish(ExitUsage);
            return;
        }
        const QString reason = keychain.availability() == SecretStore::Availability::Unavailable
                                   ? noKeychainMessage(keychain.unavailableDetail())
                                   : job.errorString();
        err() << reason << '\n' << tr("The profile was not saved.") << Qt::endl;
        finish(ExitConnection);
    });
    return runEventLoop([&job, &profile] { job.start(profile); });
}

} // namespace dataarts::cli
