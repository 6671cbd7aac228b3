#pragma once

#include "client/ApiError.h"
#include "client/ListJob.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace dataarts::ui {

// Loads a listing in the background, page after page (limit 100, offsets 0, 100, 200, ...:
// the documented rule), and stops on a short or empty page or when the records reach the
// server's total. Unlike dataarts::Pager it can stop and go on: after cancel() or a failed
// page, resume() asks for the next page that did not arrive, so a retry after a 5xx or
// "select all matching" after a cancel keeps what was loaded and loads nothing twice.
class PageLoader : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,      // nothing asked yet (or reset)
        Loading,   // a page is on its way
        Complete,  // every page arrived
        Cancelled, // stopped by cancel(); resume() goes on
        Failed,    // a page failed (error()); resume() asks for it again
    };
    Q_ENUM(State)

    // Makes a job for the listing with its filters set (the loader sets the page), or
    // nullptr when there is no session.
    using JobFactory = std::function<ListJob *()>;

    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void setJobFactory(JobFactory factory) { m_factory = std::move(factory); }
    void setLimit(int limit) { m_limit = qMax(1, limit); }
    int limit() const { return m_limit; }

    // From the first page; anything loaded before is forgotten.
    void start();
    // After Cancelled or Failed: asks for the next page. Idle: start(). Otherwise nothing.
    void resume();
    // Stops at once (the page in flight is aborted); what arrived stays counted.
    void cancel();
    // Aborts and forgets everything (Idle).
    void reset();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    bool isComplete() const { return m_state == State::Complete; }
    const ApiError &error() const { return m_error; }
    qint64 loaded() const { return m_loaded; }
    // The server's total, -1 before the first page.
    qint64 total() const { return m_total; }
    int nextOffset() const { return m_offset; }
    int pages() const { return m_pages; }

signals:
    // Read the records from the job (cast to its class) during the signal; the loader
    // deletes the job afterwards. Slots may cancel(), reset() or start() again.
    void pageReady(dataarts::ListJob *job);
    void progress(qint64 loaded, qint64 total);
    void stateChanged(dataarts::ui::PageLoader::State state);

private:
    void requestPage();
    void onFinished();
    void dropJob();
    void setState(State state);

    JobFactory m_factory;
    QPointer<ListJob> m_job;
    State m_state = State::Idle;
    ApiError m_error;
    int m_limit = 100;
    int m_offset = 0;
    int m_pages = 0;
    qint64 m_loaded = 0;
    qint64 m_total = -1;
    quint64 m_generation = 0; // bumped whenever a walk is abandoned
};

} // namespace dataarts::ui
