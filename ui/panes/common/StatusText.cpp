#include "StatusText.h"

namespace dataarts::ui {

QString StatusText::bizStatus(const KnownEnum<BizStatus> &status)
{
    switch (status.value) {
    case BizStatus::Draft:
        return tr("Draft");
    case BizStatus::PublishDeveloping:
        return tr("Publishing (in review)");
    case BizStatus::Published:
        return tr("Published");
    case BizStatus::OfflineDeveloping:
        return tr("Going offline (in review)");
    case BizStatus::Offline:
        return tr("Offline");
    case BizStatus::Reject:
        return tr("Rejected");
    case BizStatus::Unknown:
        break;
    }
    return status.raw;
}

StatusTone StatusText::bizStatusTone(BizStatus status)
{
    switch (status) {
    case BizStatus::Published:
        return StatusTone::Good;
    case BizStatus::PublishDeveloping:
    case BizStatus::OfflineDeveloping:
        return StatusTone::Pending;
    case BizStatus::Offline:
        return StatusTone::Muted;
    case BizStatus::Reject:
        return StatusTone::Bad;
    case BizStatus::Draft:
    case BizStatus::Unknown:
        break;
    }
    return StatusTone::Neutral;
}

QString StatusText::tableType(const QString &bizType)
{
    if (bizType == QLatin1String("TABLE_MODEL"))
        return tr("Relational table");
    if (bizType == QLatin1String("TABLE_MODEL_LOGIC"))
        return tr("Logical entity");
    if (bizType == QLatin1String("DIMENSION_LOGIC_TABLE"))
        return tr("Dimension table");
    if (bizType == QLatin1String("FACT_LOGIC_TABLE"))
        return tr("Fact table");
    if (bizType == QLatin1String("AGGREGATION_LOGIC_TABLE"))
        return tr("Summary table");
    return bizType;
}

QString StatusText::apiStatus(const KnownEnum<ApiStatus> &status)
{
    switch (status.value) {
    case ApiStatus::Created:
        return tr("Created");
    case ApiStatus::PublishWaitReview:
        return tr("Publishing (in review)");
    case ApiStatus::PublishReject:
        return tr("Publish rejected");
    case ApiStatus::Published:
        return tr("Published");
    case ApiStatus::WaitingStop:
        return tr("Stopping (notice running)");
    case ApiStatus::Stopped:
        return tr("Stopped");
    case ApiStatus::RecoverWaitReview:
        return tr("Recovering (in review)");
    case ApiStatus::WaitingOffline:
        return tr("Unpublishing (notice running)");
    case ApiStatus::Offline:
        return tr("Offline");
    case ApiStatus::OfflineWaitReview:
        return tr("Unpublishing (in review)");
    case ApiStatus::Unknown:
        break;
    }
    return status.raw;
}

StatusTone StatusText::apiStatusTone(ApiStatus status)
{
    switch (status) {
    case ApiStatus::Published:
        return StatusTone::Good;
    case ApiStatus::Stopped:
        return StatusTone::Attention;
    case ApiStatus::PublishReject:
        return StatusTone::Bad;
    case ApiStatus::PublishWaitReview:
    case ApiStatus::WaitingStop:
    case ApiStatus::RecoverWaitReview:
    case ApiStatus::WaitingOffline:
    case ApiStatus::OfflineWaitReview:
        return StatusTone::Pending;
    case ApiStatus::Offline:
        return StatusTone::Muted;
    case ApiStatus::Created:
    case ApiStatus::Unknown:
        break;
    }
    return StatusTone::Neutral;
}

QString StatusText::notPublished()
{
    return tr("Not published");
}

QString StatusText::apiType(const KnownEnum<ApiType> &type)
{
    switch (type.value) {
    case ApiType::Configuration:
        return tr("Configuration");
    case ApiType::Script:
        return tr("Script");
    case ApiType::Register:
        return tr("Registered");
    case ApiType::Mybatis:
        return tr("MyBatis");
    case ApiType::Groovy:
        return tr("Groovy");
    case ApiType::Unknown:
        break;
    }
    return type.raw;
}

QString StatusText::apiDebugStatus(const KnownEnum<ApiDebugStatus> &status)
{
    switch (status.value) {
    case ApiDebugStatus::Waiting:
        return tr("Not debugged");
    case ApiDebugStatus::Failed:
        return tr("Debugging failed");
    case ApiDebugStatus::Success:
        return tr("Debugged");
    case ApiDebugStatus::Unknown:
        break;
    }
    return status.raw;
}

} // namespace dataarts::ui
