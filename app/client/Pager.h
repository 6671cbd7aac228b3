#pragma once

#include "ApiError.h"

#include <QObject>

#include <functional>

namespace dataarts {

class ListJob;

// Walks a listing page by page: limit (default 100), offsets 0, limit, 2 * limit, ...;
// stops on a short page, when the records reach `total`, or when the next offset is at or
// beyond `total` (the review-center lists answer such an offset with the first page
// again). Reports progress, can be cancelled, and a page error ends the walk with the
// pages already delivered kept.
class Pager : public QObject
{
    Q_OBJECT
public:
    // Makes a fresh job for the listing (filters set); the pager sets its page.
    using JobFactory = std::function<ListJob *()>;

    explicit Pager(JobFactory factory, QObject *parent = nullptr);
    ~Pager() override;

    void setLimit(int limit) { m_limit = qMax(1, limit); }
    int limit() const { return m_limit; }
    // Stop after this many pages (0: no limit); a guard for runaway listings.
    void setMaxPages(int pages) { m_maxPages = pages; }

    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }
    int pages() const { return m_pages; }

signals:
    // A page arrived: read its records from the job (cast to its class) during the signal;
    // the pager deletes the job afterwards.
    void pageReady(dataarts::ListJob *job);
    void progress(qint64 loaded, qint64 total);
    void finished();

private:
    void next();
    void onPage();
    void finish(ApiError error);

    JobFactory m_factory;
    ListJob *m_job = nullptr;
    int m_limit = 100;
    int m_maxPages = 0;
    int m_offset = 0;
    int m_pages = 0;
    qint64 m_loaded = 0;
    qint64 m_total = -1;
    bool m_running = false;
    bool m_finished = false;
    ApiError m_error;
};

} // namespace dataarts
