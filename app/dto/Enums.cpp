#include "Enums.h"

#include <QLatin1String>

namespace dataarts {

namespace {

template <typename E>
struct Entry {
    E value;
    const char *name;
};

template <typename E, std::size_t N>
KnownEnum<E> lookup(const Entry<E> (&table)[N], const QString &raw)
{
    KnownEnum<E> out;
    out.raw = raw;
    for (const Entry<E> &e : table) {
        if (raw == QLatin1String(e.name)) {
            out.value = e.value;
            break;
        }
    }
    return out;
}

template <typename E, std::size_t N>
QString nameOf(const Entry<E> (&table)[N], E value)
{
    for (const Entry<E> &e : table) {
        if (e.value == value)
            return QString::fromLatin1(e.name);
    }
    return {};
}

template <typename E, std::size_t N>
QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const Entry<E> &e : table)
        out.append(e.value);
    return out;
}

const Entry<EnvType> kEnvTypes[] = {
    {EnvType::Invalid, "INVALID_TYPE"},
    {EnvType::Dev, "DEV_TYPE"},
    {EnvType::Prod, "PROD_TYPE"},
    {EnvType::DevProd, "DEV_PROD_TYPE"},
};

const Entry<BizStatus> kBizStatuses[] = {
    {BizStatus::Draft, "DRAFT"},         {BizStatus::PublishDeveloping, "PUBLISH_DEVELOPING"},
    {BizStatus::Published, "PUBLISHED"}, {BizStatus::OfflineDeveloping, "OFFLINE_DEVELOPING"},
    {BizStatus::Offline, "OFFLINE"},     {BizStatus::Reject, "REJECT"},
};

const Entry<OperationStatus> kOperationStatuses[] = {
    {OperationStatus::Running, "RUNNING"},
    {OperationStatus::Success, "SUCCESS"},
    {OperationStatus::Failed, "FAILED"},
};

const Entry<ApprovalStatus> kApprovalStatuses[] = {
    {ApprovalStatus::Developing, "DEVELOPING"}, {ApprovalStatus::Approved, "APPROVED"},
    {ApprovalStatus::Reject, "REJECT"},         {ApprovalStatus::Withdrew, "WITHDREW"},
    {ApprovalStatus::Finished, "FINISHED"},
};

const Entry<ApprovalType> kApprovalTypes[] = {
    {ApprovalType::Publish, "PUBLISH"},
    {ApprovalType::Offline, "OFFLINE"},
};

const Entry<ApproverUserType> kApproverUserTypes[] = {
    {ApproverUserType::BizMetricOwner, "BIZ_METRIC_OWNER"},
    {ApproverUserType::Approver, "APPROVER"},
    {ApproverUserType::BizMetricOwnerAndApprover, "BIZ_METRIC_OWNER_AND_APPROVER"},
};

const Entry<SyncStatus> kSyncStatuses[] = {
    {SyncStatus::Running, "RUNNING"},
    {SyncStatus::NoNeed, "NO_NEED"},
    {SyncStatus::SummarySuccess, "SUMMARY_SUCCESS"},
    {SyncStatus::SummaryFailed, "SUMMARY_FAILED"},
};

const Entry<ApiStatus> kApiStatuses[] = {
    {ApiStatus::Created, "API_STATUS_CREATED"},
    {ApiStatus::PublishWaitReview, "API_STATUS_PUBLISH_WAIT_REVIEW"},
    {ApiStatus::PublishReject, "API_STATUS_PUBLISH_REJECT"},
    {ApiStatus::Published, "API_STATUS_PUBLISHED"},
    {ApiStatus::WaitingStop, "API_STATUS_WAITING_STOP"},
    {ApiStatus::Stopped, "API_STATUS_STOPPED"},
    {ApiStatus::RecoverWaitReview, "API_STATUS_RECOVER_WAIT_REVIEW"},
    {ApiStatus::WaitingOffline, "API_STATUS_WAITING_OFFLINE"},
    {ApiStatus::Offline, "API_STATUS_OFFLINE"},
    {ApiStatus::OfflineWaitReview, "API_STATUS_OFFLINE_WAIT_REVIEW"},
};

const Entry<ApiDebugStatus> kApiDebugStatuses[] = {
    {ApiDebugStatus::Waiting, "API_DEBUG_WAITING"},
    {ApiDebugStatus::Failed, "API_DEBUG_FAILED"},
    {ApiDebugStatus::Success, "API_DEBUG_SUCCESS"},
};

const Entry<ApiAction> kApiActions[] = {
    {ApiAction::Publish, "PUBLISH"},     {ApiAction::Unpublish, "UNPUBLISH"},
    {ApiAction::Stop, "STOP"},           {ApiAction::Recover, "RECOVER"},
    {ApiAction::Whitelist, "WHITELIST"}, {ApiAction::Authorize, "AUTHORIZE"},
};

const Entry<ApiType> kApiTypes[] = {
    {ApiType::Configuration, "API_SPECIFIC_TYPE_CONFIGURATION"},
    {ApiType::Script, "API_SPECIFIC_TYPE_SCRIPT"},
    {ApiType::Register, "API_SPECIFIC_TYPE_REGISTER"},
    {ApiType::Mybatis, "API_SPECIFIC_TYPE_MYBATIS"},
    {ApiType::Groovy, "API_SPECIFIC_TYPE_GROOVY"},
};

const Entry<ApplyStatus> kApplyStatuses[] = {
    {ApplyStatus::PendingApproval, "STATUS_TYPE_PENDING_APPROVAL"},
    {ApplyStatus::Rejected, "STATUS_TYPE_REJECTED"},
    {ApplyStatus::PendingCheck, "STATUS_TYPE_PENDING_CHECK"},
    {ApplyStatus::PendingExecute, "STATUS_TYPE_PENDING_EXECUTE"},
    {ApplyStatus::SynchronousExecute, "STATUS_TYPE_SYNCHRONOUS_EXECUTE"},
    {ApplyStatus::ForcedCancel, "STATUS_TYPE_FORCED_CANCEL"},
    {ApplyStatus::Passed, "STATUS_TYPE_PASSED"},
};

const Entry<ApplyType> kApplyTypes[] = {
    {ApplyType::Publish, "APPLY_TYPE_PUBLISH"},
    {ApplyType::Authorize, "APPLY_TYPE_AUTHORIZE"},
    {ApplyType::Apply, "APPLY_TYPE_APPLY"},
    {ApplyType::Renew, "APPLY_TYPE_RENEW"},
    {ApplyType::Stop, "APPLY_TYPE_STOP"},
    {ApplyType::Recover, "APPLY_TYPE_RECOVER"},
    {ApplyType::ApiCancelAuthorize, "APPLY_TYPE_API_CANCEL_AUTHORIZE"},
    {ApplyType::AppCancelAuthorize, "APPLY_TYPE_APP_CANCEL_AUTHORIZE"},
    {ApplyType::Offline, "APPLY_TYPE_OFFLINE"},
};

const Entry<ModelType> kModelTypes[] = {
    {ModelType::ThirdNf, "THIRD_NF"},
    {ModelType::Dimension, "DIMENSION"},
};

} // namespace

#define DESK_ENUM_TABLE(E, table)                                                                  \
    template <>                                                                                    \
    KnownEnum<E> decodeEnum<E>(const QString &raw)                                                 \
    {                                                                                              \
        return lookup(table, raw);                                                                 \
    }                                                                                              \
    template <>                                                                                    \
    QString enumName<E>(E value)                                                                   \
    {                                                                                              \
        return nameOf(table, value);                                                               \
    }                                                                                              \
    template <>                                                                                    \
    QList<E> enumValues<E>()                                                                       \
    {                                                                                              \
        return valuesOf(table);                                                                    \
    }

DESK_ENUM_TABLE(EnvType, kEnvTypes)
DESK_ENUM_TABLE(BizStatus, kBizStatuses)
DESK_ENUM_TABLE(OperationStatus, kOperationStatuses)
DESK_ENUM_TABLE(ApprovalStatus, kApprovalStatuses)
DESK_ENUM_TABLE(ApprovalType, kApprovalTypes)
DESK_ENUM_TABLE(ApproverUserType, kApproverUserTypes)
DESK_ENUM_TABLE(SyncStatus, kSyncStatuses)
DESK_ENUM_TABLE(ApiStatus, kApiStatuses)
DESK_ENUM_TABLE(ApiDebugStatus, kApiDebugStatuses)
DESK_ENUM_TABLE(ApiAction, kApiActions)
DESK_ENUM_TABLE(ApiType, kApiTypes)
DESK_ENUM_TABLE(ApplyStatus, kApplyStatuses)
DESK_ENUM_TABLE(ApplyType, kApplyTypes)
DESK_ENUM_TABLE(ModelType, kModelTypes)

#undef DESK_ENUM_TABLE

} // namespace dataarts
