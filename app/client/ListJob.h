#pragma once

#include "ApiJob.h"

namespace dataarts {

// A job that fetches one page of a listing (limit + offset); Pager drives it page by page.
class ListJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;

    // offset is 0 or a multiple of limit (the documented rule).
    void setPage(int offset, int limit);
    int pageOffset() const { return m_offset; }
    int pageLimit() const { return m_limit; }

    // After a successful run: the server's total (-1 when the listing reports none) and
    // how many records this page held.
    virtual qint64 total() const = 0;
    virtual int recordCount() const = 0;

protected:
    // Appends limit and offset to a query.
    void addPaging(QueryItems &query) const;

private:
    int m_offset = 0;
    int m_limit = 100;
};

} // namespace dataarts
