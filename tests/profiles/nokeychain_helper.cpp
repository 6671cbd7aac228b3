// Child process of tst_nokeychain: started without any D-Bus session (or with a keyring
// that cannot store anything) and without a display, it checks the keychain, saves a profile whose
// secret key comes on standard input, reads the settings back through the builder and prints a JSON
// report (never the secret) on standard output.
#include "profiles/ConnectionSettingsBuilder.h"
#include "profiles/ProfileStore.h"
#include "profiles/SaveProfileJob.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace dataarts;

namespace {

template <typename Predicate>
bool waitFor(Predicate done, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

QString availabilityName(SecretStore::Availability a)
{
    switch (a) {
    case SecretStore::Availability::Unknown:
        return QStringLiteral("Unknown");
    case SecretStore::Availability::Checking:
        return QStringLiteral("Checking");
    case SecretStore::Availability::Available:
        return QStringLiteral("Available");
    case SecretStore::Availability::Unavailable:
        return QStringLiteral("Unavailable");
    }
    return QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("nokeychain_helper"));

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 10;
    const QByteArray secretKey = input.readAll().trimmed();
    if (secretKey.isEmpty())
        return 11;

    QJsonObject report;
    SecretStore secrets;
    secrets.checkAvailability();
    const bool decided = waitFor([&] {
        return secrets.availability() == SecretStore::Availability::Available ||
               secrets.availability() == SecretStore::Availability::Unavailable;
    });
    report.insert(QStringLiteral("decided"), decided);
    report.insert(QStringLiteral("availability"), availabilityName(secrets.availability()));
    report.insert(QStringLiteral("attempts"), secrets.availabilityAttempts());
    report.insert(QStringLiteral("reason"), secrets.unavailableReason());

    ProfileStore profiles; // the default file, under the HOME the test gave us
    report.insert(QStringLiteral("settings"), profiles.settingsPath());
    Profile profile = Profile::create();
    profile.displayName = QStringLiteral("No keychain");
    profile.region = QStringLiteral("cn-north-4");
    profile.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    profile.workspaceId = QStringLiteral("ws-nokeychain");

    SaveProfileJob save(&profiles, &secrets);
    save.setSecrets(
        {{SecretField::AccessKey, "AKNOKEYCHAIN0001"}, {SecretField::SecretKey, secretKey}});
    std::optional<bool> saved;
    QObject::connect(&save, &SaveProfileJob::finished, [&saved](bool ok) { saved = ok; });
    save.start(profile);
    waitFor([&] { return saved.has_value(); });
    report.insert(QStringLiteral("saved"), saved.value_or(false));
    report.insert(QStringLiteral("saveError"), save.errorString());
    report.insert(QStringLiteral("sessionOnly"), save.secretsSessionOnly());
    report.insert(QStringLiteral("stored"), profiles.find(profile.id).has_value());

    // The secret is still there for this run.
    ConnectionSettingsBuilder builder(&secrets);
    std::optional<bool> built;
    QObject::connect(&builder, &ConnectionSettingsBuilder::finished,
                     [&built](bool ok) { built = ok; });
    builder.start(*profiles.find(profile.id));
    waitFor([&] { return built.has_value(); });
    report.insert(QStringLiteral("availabilityAfter"), availabilityName(secrets.availability()));
    report.insert(QStringLiteral("reasonAfter"), secrets.unavailableReason());
    report.insert(QStringLiteral("built"), built.value_or(false));
    report.insert(QStringLiteral("buildSessionOnly"), builder.secretsSessionOnly());
    report.insert(QStringLiteral("secretKeyMatches"),
                  builder.settings().akSk.secretKey == secretKey);
    report.insert(QStringLiteral("accessKeyMatches"),
                  builder.settings().akSk.accessKey == QLatin1String("AKNOKEYCHAIN0001"));

    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}
