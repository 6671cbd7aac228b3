#pragma once

#include "journal/JournalRecords.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace dataarts {

class Journal;

// The batch engine's writes to the journal, on a thread of their own: each commit waits for
// the disk (synchronous=FULL), and a run makes one or two per request, which would
// otherwise stall the event loop (the GUI, the other requests' answers) for milliseconds
// each time. Calls run in the order they were made, on a second connection to the same
// file; each result comes back on this object's thread, to a callback that is dropped when
// its context object is gone. A run still starts a request only after its markSending has
// been committed.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    explicit JournalWriter(QString path, QObject *parent = nullptr);
    // Waits for the writes already asked for, then closes the connection.
    ~JournalWriter() override;

    // Opens the writer's connection (waits for it). False with errorString() set.
    bool open();
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    // Writes asked for whose result has not come back yet.
    int pending() const { return m_pending; }

    using RefDone = std::function<void(qint64 requestRef, const QString &error)>;
    using BoolDone = std::function<void(bool ok, const QString &error)>;
    using CountDone = std::function<void(int count, const QString &error)>;

    // Journal::markSending, recordAnswers, updateItems, recordAuthorizations, cancelQueued
    // and failUnsent.
    void markSending(QObject *context, qint64 runId, const QList<qint64> &itemIds, RefDone done);
    void recordAnswers(QObject *context, const QList<RequestAnswer> &answers, BoolDone done);
    void updateItems(QObject *context, const QList<ItemOutcome> &updates, BoolDone done);
    void recordAuthorizations(QObject *context, qint64 runId,
                              const QHash<qint64, QList<AppAuthorization>> &byItem,
                              BoolDone done);
    void cancelQueued(QObject *context, qint64 runId, CountDone done);
    void failUnsent(QObject *context, qint64 runId, const QString &code, const QString &remark,
                    CountDone done);

private:
    // Runs work(journal) on the writer's thread, then reply() here if context still exists.
    void post(QObject *context, std::function<std::function<void()>(Journal &)> work);

    QString m_path;
    QString m_error;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;        // lives on m_thread
    std::unique_ptr<Journal> m_journal; // used on m_thread only
    int m_pending = 0;
};

} // namespace dataarts
