#include "ApprovalText.h"

#include "panes/common/StatusText.h"


namespace dataarts::ui {

QString ApprovalText::source(ApprovalRow::Source source)
{
    switch (source) {
    case ApprovalRow::Source::Architecture:
        return tr("Architecture approval");
    case ApprovalRow::Source::Message:
        return tr("DataService message");
    case ApprovalRow::Source::Application:
        break;
    }
    return tr("DataService application");
}

QString ApprovalText::type(const ApprovalRow &row)
{
    if (row.source != ApprovalRow::Source::Architecture)
        return source(row.source);
    return StatusText::bizType(row.bizType);
}

QString ApprovalText::action(ApprovalRow::Action action, const QString &raw)
{
    switch (action) {
    case ApprovalRow::Action::Offline:
        return tr("Take offline");
    case ApprovalRow::Action::Publish:
        return tr("Publish");
    case ApprovalRow::Action::Unpublish:
        return tr("Unpublish");
    case ApprovalRow::Action::Stop:
        return tr("Stop");
    case ApprovalRow::Action::Recover:
        return tr("Recover");
    case ApprovalRow::Action::Authorize:
        return tr("Authorize");
    case ApprovalRow::Action::Apply:
        return tr("Apply for access");
    case ApprovalRow::Action::Renew:
        return tr("Renew");
    case ApprovalRow::Action::CancelAuthorize:
        return tr("Cancel authorization");
    case ApprovalRow::Action::Unknown:
        break;
    }
    return raw;
}

QString ApprovalText::status(ApprovalRow::Status status, const QString &raw)
{
    switch (status) {
    case ApprovalRow::Status::Waiting:
        return tr("Waiting");
    case ApprovalRow::Status::Scheduled:
        return tr("Scheduled");
    case ApprovalRow::Status::Approved:
        return tr("Approved");
    case ApprovalRow::Status::Rejected:
        return tr("Rejected");
    case ApprovalRow::Status::Withdrawn:
        return tr("Withdrawn");
    case ApprovalRow::Status::Cancelled:
        return tr("Cancelled");
    case ApprovalRow::Status::Finished:
        return tr("Decided");
    case ApprovalRow::Status::Unknown:
        break;
    }
    return raw;
}

StatusTone ApprovalText::tone(ApprovalRow::Status status)
{
    switch (status) {
    case ApprovalRow::Status::Waiting:
    case ApprovalRow::Status::Scheduled:
        return StatusTone::Pending;
    case ApprovalRow::Status::Approved:
        return StatusTone::Good;
    case ApprovalRow::Status::Rejected:
        return StatusTone::Bad;
    case ApprovalRow::Status::Withdrawn:
    case ApprovalRow::Status::Cancelled:
        return StatusTone::Muted;
    case ApprovalRow::Status::Finished:
    case ApprovalRow::Status::Unknown:
        break;
    }
    return StatusTone::Neutral;
}

} // namespace dataarts::ui
