#include "RepublishGap.h"

#include "AuthorizedAppsRead.h"

#include <QLocale>

namespace dataarts {

RepublishGap RepublishGap::of(const KnownEnum<ApiStatus> &status,
                              const QList<AppAuthorization> &wanted,
                              const QList<AppAuthorization> &now, const QDateTime &at)
{
    RepublishGap gap;
    gap.status = status;
    for (const AppAuthorization &app : wanted) {
        bool linked = false;
        for (const AppAuthorization &current : now) {
            if (current.appId == app.appId && AuthorizedAppsRead::inForce(current.relationshipType))
                linked = true;
        }
        if (linked)
            ++gap.restored;
        else if (app.expiresAt.isValid() && app.expiresAt <= at)
            gap.ended.append(app);
        else
            gap.missing.append(app);
    }
    return gap;
}

bool RepublishGap::publishable() const
{
    return status.raw.isEmpty() || status.value == ApiStatus::Offline ||
           status.value == ApiStatus::Created || status.value == ApiStatus::PublishReject;
}

QString RepublishGap::doneRemark() const
{
    QString text = tr("Published again; %n app(s) authorized again.", nullptr, restored);
    if (!ended.isEmpty()) {
        QStringList names;
        for (const AppAuthorization &app : ended)
            names.append(app.appName.isEmpty() ? app.appId : app.appName);
        text += QLatin1Char(' ') +
                tr("Not given back, their authorization has ended since: %1.")
                    .arg(QLocale().createSeparatedList(names));
    }
    return text;
}

QString RepublishGap::reviewRemark()
{
    return tr("The publish waits for the API's reviewer; the apps are authorized again by "
              "undoing the run again once it is published.");
}

QString RepublishGap::changedRemark() const
{
    return tr("Changed since the run: it is %1 on this cluster now; nothing was sent.")
        .arg(status.raw.isEmpty() ? tr("not published") : status.raw);
}

} // namespace dataarts
