#include "StatusText.h"

#include "dto/BizType.h"

#include <QHash>

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

QString StatusText::bizType(const QString &bizType)
{
    if (bizTypes::tableTypes().contains(bizType))
        return tableType(bizType);
    static const QHash<QString, const char *> names = {
        {QStringLiteral("ATOMIC_INDEX"), QT_TR_NOOP("Atomic metric (technical)")},
        {QStringLiteral("ATOMIC_METRIC"), QT_TR_NOOP("Atomic metric")},
        {QStringLiteral("BIZ_CATALOG"), QT_TR_NOOP("Business catalog")},
        {QStringLiteral("BIZ_METRIC"), QT_TR_NOOP("Business metric")},
        {QStringLiteral("CODE_TABLE"), QT_TR_NOOP("Lookup table")},
        {QStringLiteral("COMMON_CONDITION"), QT_TR_NOOP("Common filter")},
        {QStringLiteral("COMPOSITE_METRIC"), QT_TR_NOOP("Composite metric")},
        {QStringLiteral("COMPOUND_METRIC"), QT_TR_NOOP("Compound metric (technical)")},
        {QStringLiteral("CONDITION_GROUP"), QT_TR_NOOP("Filter group")},
        {QStringLiteral("DEGENERATE_DIMENSION"), QT_TR_NOOP("Degenerate dimension")},
        {QStringLiteral("DERIVATIVE_INDEX"), QT_TR_NOOP("Derivative metric (technical)")},
        {QStringLiteral("DERIVED_METRIC"), QT_TR_NOOP("Derived metric")},
        {QStringLiteral("DIMENSION"), QT_TR_NOOP("Dimension")},
        {QStringLiteral("DIMENSION_ATTRIBUTE"), QT_TR_NOOP("Dimension attribute")},
        {QStringLiteral("DIMENSION_HIERARCHIES"), QT_TR_NOOP("Dimension hierarchy")},
        {QStringLiteral("DIMENSION_TABLE_ATTRIBUTE"), QT_TR_NOOP("Dimension table field")},
        {QStringLiteral("DIRECTORY"), QT_TR_NOOP("Directory")},
        {QStringLiteral("FACT_ATTRIBUTE"), QT_TR_NOOP("Fact table field")},
        {QStringLiteral("FACT_DIMENSION"), QT_TR_NOOP("Fact table dimension")},
        {QStringLiteral("FACT_MEASURE"), QT_TR_NOOP("Fact table measure")},
        {QStringLiteral("FUNCTION"), QT_TR_NOOP("Function")},
        {QStringLiteral("INFO_ARCH"), QT_TR_NOOP("Information architecture")},
        {QStringLiteral("MODEL"), QT_TR_NOOP("Model")},
        {QStringLiteral("QUALITY_RULE"), QT_TR_NOOP("Quality rule")},
        {QStringLiteral("SECRECY_LEVEL"), QT_TR_NOOP("Classification level")},
        {QStringLiteral("STANDARD_ELEMENT"), QT_TR_NOOP("Data standard")},
        {QStringLiteral("STANDARD_ELEMENT_TEMPLATE"), QT_TR_NOOP("Data standard template")},
        {QStringLiteral("SUBJECT"), QT_TR_NOOP("Subject")},
        {QStringLiteral("SUMMARY_DIMENSION_ATTRIBUTE"),
         QT_TR_NOOP("Summary table dimension field")},
        {QStringLiteral("SUMMARY_INDEX"), QT_TR_NOOP("Summary table metric")},
        {QStringLiteral("SUMMARY_TIME"), QT_TR_NOOP("Summary table period")},
        {QStringLiteral("TABLE_MODEL_ATTRIBUTE"), QT_TR_NOOP("Table field")},
        {QStringLiteral("TABLE_TYPE"), QT_TR_NOOP("Table type")},
        {QStringLiteral("TAG"), QT_TR_NOOP("Tag")},
        {QStringLiteral("TIME_CONDITION"), QT_TR_NOOP("Time filter")},
    };
    if (const char *name = names.value(bizType))
        return tr(name);
    return bizType;
}

QString StatusText::apiAction(ApiAction action)
{
    switch (action) {
    case ApiAction::Publish:
        return tr("Publish");
    case ApiAction::Unpublish:
        return tr("Unpublish");
    case ApiAction::Stop:
        return tr("Stop");
    case ApiAction::Recover:
        return tr("Recover");
    case ApiAction::Whitelist:
        return tr("Allow-list");
    case ApiAction::Authorize:
        return tr("Authorize");
    case ApiAction::Unknown:
        break;
    }
    return enumName(action);
}

QString StatusText::envType(EnvType env)
{
    switch (env) {
    case EnvType::Dev:
        return tr("Development");
    case EnvType::Prod:
        return tr("Production");
    case EnvType::DevProd:
        return tr("Development and production");
    case EnvType::Invalid:
    case EnvType::Unknown:
        break;
    }
    return enumName(env);
}

QString StatusText::serverWord(const QString &text)
{
    const QString word = text.trimmed();
    if (word.isEmpty() || word != word.toUpper())
        return {};
    const KnownEnum<ApprovalStatus> approval = decodeEnum<ApprovalStatus>(word);
    switch (approval.value) {
    case ApprovalStatus::Developing:
        return tr("Waiting for approval");
    case ApprovalStatus::Approved:
        return tr("Approved");
    case ApprovalStatus::Reject:
        return tr("Rejected");
    case ApprovalStatus::Withdrew:
        return tr("Withdrawn");
    case ApprovalStatus::Finished:
        return tr("Decided");
    case ApprovalStatus::Unknown:
        break;
    }
    if (word == QLatin1String("PASSED"))
        return tr("Approved");
    if (const KnownEnum<BizStatus> biz = decodeEnum<BizStatus>(word);
        biz.value != BizStatus::Unknown)
        return bizStatus(biz);
    const QString prefixed = word.startsWith(QLatin1String("API_STATUS_"))
                                 ? word
                                 : QStringLiteral("API_STATUS_") + word;
    if (const KnownEnum<ApiStatus> api = decodeEnum<ApiStatus>(prefixed);
        api.value != ApiStatus::Unknown)
        return apiStatus(api);
    return {};
}

QString StatusText::asSent(const QString &raw)
{
    return raw.isEmpty() ? QString() : tr("As sent: %1").arg(raw);
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
