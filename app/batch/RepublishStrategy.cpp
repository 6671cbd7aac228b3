#include "RepublishStrategy.h"

#include "RepublishReconciliation.h"
#include "RepublishRequest.h"

#include <QJsonArray>

namespace dataarts {

RepublishStrategy::RepublishStrategy(const QJsonObject &parameters)
    : RunStrategy(RunKind::ApiRepublish, parameters)
{}

QJsonObject RepublishStrategy::appsParameter(
    const QHash<QString, QList<AppAuthorization>> &byPair)
{
    QJsonObject out;
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        QJsonArray apps;
        for (const AppAuthorization &app : it.value()) {
            QJsonObject o{{QStringLiteral("app_id"), app.appId},
                          {QStringLiteral("app_name"), app.appName}};
            if (app.expiresAt.isValid())
                o.insert(QStringLiteral("expires_at"), app.expiresAt.toMSecsSinceEpoch());
            apps.append(o);
        }
        out.insert(it.key(), apps);
    }
    return out;
}

QList<AppAuthorization> RepublishStrategy::appsFor(const QString &apiId,
                                                   const QString &instanceId) const
{
    QList<AppAuthorization> apps;
    const QJsonArray array =
        parameters().value(appsKey()).toObject().value(pairKey(apiId, instanceId)).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        AppAuthorization app;
        app.appId = o.value(QStringLiteral("app_id")).toString();
        app.appName = o.value(QStringLiteral("app_name")).toString();
        app.relationshipType = QStringLiteral("LINKED");
        const QJsonValue expires = o.value(QStringLiteral("expires_at"));
        if (expires.isDouble())
            app.expiresAt = QDateTime::fromMSecsSinceEpoch(expires.toInteger(), Qt::UTC);
        if (!app.appId.isEmpty())
            apps.append(app);
    }
    return apps;
}

QString RepublishStrategy::validateParameters() const
{
    const QJsonValue apps = parameters().value(appsKey());
    if (!apps.isUndefined() && !apps.isObject())
        return tr("The apps to authorize again are not readable.");
    return {};
}

QString RepublishStrategy::validateItem(const RunItem &item) const
{
    const QString base = RunStrategy::validateItem(item);
    if (!base.isEmpty())
        return base;
    if (item.keyPart.trimmed().isEmpty())
        return tr("API %1 has no cluster.").arg(item.keyId);
    return {};
}

UnitRequest *RepublishStrategy::createRequest(Session *session, const QList<RunItem> &items) const
{
    const RunItem &pair = items.constFirst();
    return new RepublishRequest(session, items, appsFor(pair.keyId, pair.keyPart));
}

Reconciliation *RepublishStrategy::createReconciliation(Session *session,
                                                        const ReconcileContext &context,
                                                        const QList<ReconcileItem> &items) const
{
    return new RepublishReconciliation(session, context, items);
}

} // namespace dataarts
