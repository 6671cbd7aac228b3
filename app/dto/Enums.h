#pragma once

#include "KnownEnum.h"

#include <QList>

// The closed value sets of dataarts-api.md. Each has Unknown first; decodeEnum<E>() maps a
// wire string to a value (keeping the raw string), enumName() maps back.
namespace dataarts {

// EnvTypeEnum (section 2.1).
enum class EnvType { Unknown, Invalid, Dev, Prod, DevProd };

// BizStatusEnum: an Architecture entity's status (section 2.2).
enum class BizStatus {
    Unknown,
    Draft,
    PublishDeveloping,
    Published,
    OfflineDeveloping,
    Offline,
    Reject
};

// BatchOperationVO.operation_status.
enum class OperationStatus { Unknown, Running, Success, Failed };

// ApprovalVO.approval_status (and the approval_status_detail filter).
enum class ApprovalStatus { Unknown, Developing, Approved, Reject, Withdrew, Finished };

// ApprovalVO.approval_type.
enum class ApprovalType { Unknown, Publish, Offline };

// ApproverVO.user_type.
enum class ApproverUserType { Unknown, BizMetricOwner, Approver, BizMetricOwnerAndApprover };

// sync_status of the table listings.
enum class SyncStatus { Unknown, Running, NoNeed, SummarySuccess, SummaryFailed };

// DataService API status (API_STATUS_*).
enum class ApiStatus {
    Unknown,
    Created,
    PublishWaitReview,
    PublishReject,
    Published,
    WaitingStop,
    Stopped,
    RecoverWaitReview,
    WaitingOffline,
    Offline,
    OfflineWaitReview,
};

// DataService API debug status (API_DEBUG_*).
enum class ApiDebugStatus { Unknown, Waiting, Failed, Success };

// Actions of ListInstanceList and of the API action call (section 4, 4.1).
enum class ApiAction { Unknown, Publish, Unpublish, Stop, Recover, Whitelist, Authorize };

// DataService api_type.
enum class ApiType { Unknown, Configuration, Script, Register, Mybatis, Groovy };

// ApplyRecord.api_apply_status (STATUS_TYPE_*, section 5b.1).
enum class ApplyStatus {
    Unknown,
    PendingApproval,
    Rejected,
    PendingCheck,
    PendingExecute,
    SynchronousExecute,
    ForcedCancel,
    Passed,
};

// ApplyRecord.api_apply_type (APPLY_TYPE_*).
enum class ApplyType {
    Unknown,
    Publish,
    Authorize,
    Apply,
    Renew,
    Stop,
    Recover,
    ApiCancelAuthorize,
    AppCancelAuthorize,
    Offline,
};

// design/workspaces workspace_type.
enum class ModelType { Unknown, ThirdNf, Dimension };

// Explicit specializations, defined in Enums.cpp.
#define DESK_DECLARE_ENUM(E)                                                                       \
    template <>                                                                                    \
    KnownEnum<E> decodeEnum<E>(const QString &raw);                                                \
    template <>                                                                                    \
    QString enumName<E>(E value);                                                                  \
    template <>                                                                                    \
    QList<E> enumValues<E>();

DESK_DECLARE_ENUM(EnvType)
DESK_DECLARE_ENUM(BizStatus)
DESK_DECLARE_ENUM(OperationStatus)
DESK_DECLARE_ENUM(ApprovalStatus)
DESK_DECLARE_ENUM(ApprovalType)
DESK_DECLARE_ENUM(ApproverUserType)
DESK_DECLARE_ENUM(SyncStatus)
DESK_DECLARE_ENUM(ApiStatus)
DESK_DECLARE_ENUM(ApiDebugStatus)
DESK_DECLARE_ENUM(ApiAction)
DESK_DECLARE_ENUM(ApiType)
DESK_DECLARE_ENUM(ApplyStatus)
DESK_DECLARE_ENUM(ApplyType)
DESK_DECLARE_ENUM(ModelType)

#undef DESK_DECLARE_ENUM

} // namespace dataarts
