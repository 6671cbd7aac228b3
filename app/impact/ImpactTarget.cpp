#include "ImpactTarget.h"

#include "dto/BizType.h"

namespace dataarts {

ImpactTarget ImpactTarget::entity(QString bizType, QString bizId, QString name, QString code,
                                  QString database)
{
    ImpactTarget t;
    t.kind = Kind::Entity;
    t.bizType = std::move(bizType);
    t.bizId = std::move(bizId);
    t.name = std::move(name);
    t.code = std::move(code);
    t.database = std::move(database);
    return t;
}

ImpactTarget ImpactTarget::apiCluster(QString apiId, QString instanceId, QString apiName,
                                      QString instanceName)
{
    ImpactTarget t;
    t.kind = Kind::ApiCluster;
    t.apiId = std::move(apiId);
    t.instanceId = std::move(instanceId);
    t.apiName = std::move(apiName);
    t.instanceName = std::move(instanceName);
    return t;
}

QString ImpactTarget::key() const
{
    if (isEntity())
        return bizType + QLatin1Char(':') + bizId;
    return apiId + QLatin1Char('@') + instanceId;
}

QString ImpactTarget::displayName() const
{
    if (isEntity())
        return name.isEmpty() ? (code.isEmpty() ? bizId : code) : name;
    const QString api = apiName.isEmpty() ? apiId : apiName;
    const QString cluster = instanceName.isEmpty() ? instanceId : instanceName;
    return api + QStringLiteral(" @ ") + cluster;
}

bool ImpactTarget::impactApplies() const
{
    if (!isEntity())
        return true;
    // A logical entity (TABLE_MODEL_LOGIC) has no table in a database; the other table
    // kinds are created as tables when published.
    return bizTypes::tableTypes().contains(bizType) &&
           bizType != QLatin1String("TABLE_MODEL_LOGIC");
}

} // namespace dataarts
