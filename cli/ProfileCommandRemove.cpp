#include "ProfileCommandRemove.h"

#include "profiles/ProfileStore.h"
#include "profiles/RemoveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QCommandLineParser>

namespace dataarts::cli {

QString ProfileCommandRemove::summary() const
{
    return tr("Remove a connection profile and its keychain entries");
}

int ProfileCommandRemove::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the profile."));
    const QCommandLineOption forceOpt(
        QStringLiteral("force"),
        tr("Remove the profile even when its keychain entries cannot be deleted."));
    parser.addOption(forceOpt);
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
        err() << (positional.isEmpty() ? tr("Give the name of the profile: profile remove NAME")
                                       : tr("Unexpected argument: %1").arg(positional.at(1)))
              << Qt::endl;
        return ExitUsage;
    }

    ProfileStore store;
    const auto profile = store.findByName(positional.constFirst());
    if (!profile) {
        err() << tr("No profile is called \"%1\". \"profile list\" shows them.")
                     .arg(positional.constFirst())
              << Qt::endl;
        return ExitUsage;
    }

    SecretStore keychain;
    RemoveProfileJob job(&store, &keychain);
    job.setForce(parser.isSet(forceOpt));
    const QString name = profile->displayName;
    QObject::connect(&job, &RemoveProfileJob::finished, &job, [&job, &keychain, name](bool ok) {
        const QString keychainProblem =
            keychain.availability() == SecretStore::Availability::Unavailable
                ? noKeychainMessage(keychain.unavailableDetail())
                : job.errorString();
        if (!ok) {
            err() << (job.keychainFailed()
                          ? keychainProblem + QLatin1Char('\n') +
                                tr("The profile \"%1\" was kept; use --force to remove it "
                                   "anyway.")
                                    .arg(name)
                          : job.errorString())
                  << Qt::endl;
            finish(job.keychainFailed() ? ExitConnection : ExitUsage);
            return;
        }
        if (job.keychainFailed())
            err() << keychainProblem << '\n' << tr("Its keychain entries may remain.") << Qt::endl;
        out() << tr("Profile \"%1\" removed.").arg(name) << Qt::endl;
        finish(ExitOk);
    });
    const QUuid id = profile->id;
    return runEventLoop([&job, id] { job.start(id); });
}

} // namespace dataarts::cli
