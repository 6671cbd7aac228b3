#include "ApprovalRow.h"

#include "panes/common/RecordFilterProxy.h"

#include "dto/ApplyRecord.h"
#include "dto/Approval.h"

namespace dataarts::ui {

namespace {

ApprovalRow::Status statusOf(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Developing:
        return ApprovalRow::Status::Waiting;
    case ApprovalStatus::Approved:
        return ApprovalRow::Status::Approved;
    case ApprovalStatus::Reject:
        return ApprovalRow::Status::Rejected;
    case ApprovalStatus::Withdrew:
        return ApprovalRow::Status::Withdrawn;
    case ApprovalStatus::Finished:
        return ApprovalRow::Status::Finished;
    case ApprovalStatus::Unknown:
        break;
    }
    return ApprovalRow::Status::Unknown;
}

ApprovalRow::Status statusOf(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::PendingApproval:
    case ApplyStatus::PendingCheck:
        return ApprovalRow::Status::Waiting;
    case ApplyStatus::PendingExecute:
        return ApprovalRow::Status::Scheduled;
    case ApplyStatus::SynchronousExecute:
    case ApplyStatus::Passed:
        return ApprovalRow::Status::Approved;
    case ApplyStatus::Rejected:
        return ApprovalRow::Status::Rejected;
    case ApplyStatus::ForcedCancel:
        return ApprovalRow::Status::Cancelled;
    case ApplyStatus::Unknown:
        break;
    }
    return ApprovalRow::Status::Unknown;
}

ApprovalRow::Action actionOf(ApplyType type)
{
    switch (type) {
    case ApplyType::Publish:
        return ApprovalRow::Action::Publish;
    case ApplyType::Authorize:
        return ApprovalRow::Action::Authorize;
    case ApplyType::Apply:
        return ApprovalRow::Action::Apply;
    case ApplyType::Renew:
        return ApprovalRow::Action::Renew;
    case ApplyType::Stop:
        return ApprovalRow::Action::Stop;
    case ApplyType::Recover:
        return ApprovalRow::Action::Recover;
    case ApplyType::ApiCancelAuthorize:
    case ApplyType::AppCancelAuthorize:
        return ApprovalRow::Action::CancelAuthorize;
    case ApplyType::Offline:
        return ApprovalRow::Action::Unpublish;
    case ApplyType::Unknown:
        break;
    }
    return ApprovalRow::Action::Unknown;
}

QString searchOf(const ApprovalRow &row)
{
    return RecordFilterProxy::fold(row.name + QLatin1Char('\n') + row.id + QLatin1Char('\n') +
                                   row.bizId + QLatin1Char('\n') + row.submitter +
                                   QLatin1Char('\n') + row.appName);
}

} // namespace

QString ApprovalRow::key() const
{
    switch (source) {
    case Source::Architecture:
        return QStringLiteral("A:") + id;
    case Source::Message:
        return QStringLiteral("M:") + id;
    case Source::Application:
        break;
    }
    return QStringLiteral("P:") + id;
}

ApprovalRow ApprovalRow::fromApproval(const Approval &approval)
{
    ApprovalRow row;
    row.source = Source::Architecture;
    row.id = approval.id;
    row.name = approval.nameCh.isEmpty() ? approval.nameEn : approval.nameCh;
    row.bizId = approval.bizId;
    row.bizType = approval.bizType;
    row.typeRaw = approval.approvalType.raw;
    row.statusRaw = approval.approvalStatus.raw;
    switch (approval.approvalType.value) {
    case ApprovalType::Offline:
        row.action = Action::Offline;
        break;
    case ApprovalType::Publish:
        row.action = Action::Publish;
        break;
    case ApprovalType::Unknown:
        break;
    }
    row.status = statusOf(approval.approvalStatus.value);
    row.submitter = approval.createBy;
    row.submitted = approval.submitTime.toUTC();
    row.effective = approval.approvalTime.toUTC();
    row.approver = approval.approver;
    row.message = approval.msg;
    row.search = searchOf(row);
    return row;
}

ApprovalRow ApprovalRow::fromApplyRecord(const ApplyRecord &record, Source source)
{
    ApprovalRow row;
    row.source = source;
    row.id = record.id;
    row.name = record.apiName;
    row.bizId = record.apiId;
    row.typeRaw = record.type.raw;
    row.statusRaw = record.status.raw;
    row.action = actionOf(record.type.value);
    row.status = statusOf(record.status.value);
    row.submitter = record.userName;
    row.submitted = record.applyTime.toUTC();
    row.effective = record.apiUsingTime.toUTC();
    row.approver = record.approverName;
    row.message = record.comment;
    row.appName = record.appName;
    row.search = searchOf(row);
    return row;
}

} // namespace dataarts::ui
