#include "JournalLocation.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace dataarts::journalLocation {

QString environmentVariable()
{
    return QStringLiteral("DATAARTS_DESK_JOURNAL");
}

QString path()
{
    const QString fromEnvironment = qEnvironmentVariable("DATAARTS_DESK_JOURNAL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // AppDataLocation is built from the application's names: ask it under the app's names
    // and put the caller's back.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("DataArtsDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dataarts-desk"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    return folder + QStringLiteral("/journal.sqlite");
}

} // namespace dataarts::journalLocation
