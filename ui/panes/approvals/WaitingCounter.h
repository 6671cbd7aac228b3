#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace dataarts {
class ApiJob;
class Session;
} // namespace dataarts

namespace dataarts::ui {

// Counts what waits for the user, for the Approvals tab's badge, whatever view the pane
// shows: Architecture approvals in DEVELOPING named to the user (their total, one record
// asked for), received DataService applications pending review (query_type 0, total), and
// DataService messages awaiting confirmation (read 100 a page, PENDING_CHECK counted;
// the list has no status filter). Chained with signals; a new count() abandons the one
// running.
class WaitingCounter : public QObject
{
    Q_OBJECT
public:
    explicit WaitingCounter(QObject *parent = nullptr);
    ~WaitingCounter() override;

    // userName empty: every DEVELOPING approval counts (any approver may decide it).
    void count(dataarts::Session *session, const QString &userName);
    void cancel();
    bool isCounting() const { return !m_job.isNull(); }

signals:
    // ok false: a read failed (count is meaningless then).
    void counted(int count, bool ok);

private:
    enum class Step { Approvals, Applications, Messages };
    void startStep(Step step, int offset = 0);
    void onFinished();

    QPointer<dataarts::Session> m_session;
    QPointer<dataarts::ApiJob> m_job;
    QString m_user;
    Step m_step = Step::Approvals;
    qint64 m_sum = 0;
    int m_messagesRead = 0;
};

} // namespace dataarts::ui
