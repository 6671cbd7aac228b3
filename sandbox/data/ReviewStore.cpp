#include "ReviewStore.h"

namespace dataarts::sandbox {

QString applyStatusName(ApplyStatus status)
{
    static const char *const names[] = {
        "STATUS_TYPE_PENDING_APPROVAL",
        "STATUS_TYPE_REJECTED",
        "STATUS_TYPE_PENDING_CHECK",
        "STATUS_TYPE_PENDING_EXECUTE",
        "STATUS_TYPE_SYNCHRONOUS_EXECUTE",
        "STATUS_TYPE_FORCED_CANCEL",
        "STATUS_TYPE_PASSED",
    };
    return QString::fromLatin1(names[int(status)]);
}

QString applyTypeName(ApplyType type)
{
    static const char *const names[] = {
        "APPLY_TYPE_PUBLISH",
        "APPLY_TYPE_AUTHORIZE",
        "APPLY_TYPE_APPLY",
        "APPLY_TYPE_RENEW",
        "APPLY_TYPE_STOP",
        "APPLY_TYPE_RECOVER",
        "APPLY_TYPE_API_CANCEL_AUTHORIZE",
        "APPLY_TYPE_APP_CANCEL_AUTHORIZE",
        "APPLY_TYPE_OFFLINE",
    };
    return QString::fromLatin1(names[int(type)]);
}

int ReviewStore::add(const ReviewRecord &record)
{
    const int index = int(m_records.size());
    m_records.push_back(record);
    m_byId.insert(record.id, index);
    return index;
}

ReviewRecord *ReviewStore::find(const QString &id)
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_records[size_t(*it)];
}

const ReviewRecord *ReviewStore::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_records[size_t(*it)];
}

} // namespace dataarts::sandbox
