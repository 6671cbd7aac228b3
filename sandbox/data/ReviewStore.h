#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace dataarts::sandbox {

// ApplyRecord enums (dataarts-api.md section 5b.1), without their prefixes.
enum class ApplyStatus : quint8 {
    PendingApproval,
    Rejected,
    PendingCheck,
    PendingExecute,
    SynchronousExecute,
    ForcedCancel,
    Passed,
};
enum class ApplyType : quint8 {
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
QString applyStatusName(ApplyStatus status); // STATUS_TYPE_...
QString applyTypeName(ApplyType type);       // APPLY_TYPE_...

// Notification messages are confirmed; applications are approved or rejected.
enum class RecordKind : quint8 { Message, Application };

struct ReviewRecord {
    QString id; // 32 hex digits
    RecordKind kind = RecordKind::Message;
    ApplyStatus status = ApplyStatus::PendingCheck;
    ApplyType type = ApplyType::Offline;
    int api = -1;
    int cluster = -1;
    int app = -1;
    qint64 usingMs = 0; // api_using_time: the deadline
    qint64 applyMs = 0;
    qint64 approvalMs = 0;
    qint64 scheduledMs = 0; // confirmation with action 1
    QString approverName;   // who handles it
    QString userName;       // who asked
    QString comment;
    int pending = -1; // PendingAction it belongs to
    quint64 task = 0; // scheduler task of a scheduled confirmation
};

// Both review centers of DataService, newest last.
class ReviewStore
{
public:
    int add(const ReviewRecord &record);
    ReviewRecord *find(const QString &id);
    const ReviewRecord *find(const QString &id) const;
    ReviewRecord &at(int index) { return m_records[size_t(index)]; }
    const std::vector<ReviewRecord> &all() const { return m_records; }

private:
    std::vector<ReviewRecord> m_records;
    QHash<QString, int> m_byId;
};

} // namespace dataarts::sandbox
