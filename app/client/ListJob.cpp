#include "ListJob.h"

namespace dataarts {

void ListJob::setPage(int offset, int limit)
{
    m_limit = qMax(1, limit);
    m_offset = qMax(0, offset);
}

void ListJob::addPaging(QueryItems &query) const
{
    query.append({QStringLiteral("limit"), QString::number(m_limit)});
    query.append({QStringLiteral("offset"), QString::number(m_offset)});
}

} // namespace dataarts
