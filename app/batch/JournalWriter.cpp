#include "JournalWriter.h"

#include "journal/Journal.h"

#include <QThread>

namespace dataarts {

JournalWriter::JournalWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("journal-writer"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

JournalWriter::~JournalWriter()
{
    // Queued after every write asked for: closes once they are done.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_journal.reset();
            m_worker->deleteLater();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

bool JournalWriter::open()
{
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &ok, &error] {
            if (!m_journal) {
                m_journal = std::make_unique<Journal>(m_path);
                // The engine's journal checked the file: a second check could move it
                // aside under that connection.
                m_journal->setIntegrityCheck(false);
            }
            ok = m_journal->isOpen() || m_journal->open();
            if (!ok)
                error = m_journal->errorString();
        },
        Qt::BlockingQueuedConnection);
    m_error = error;
    return ok;
}

void JournalWriter::post(QObject *context, std::function<std::function<void()>(Journal &)> work)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, guard, work = std::move(work)] {
            if (!m_journal) {
                // Not opened: calls fail with the journal's own "not open" error.
                m_journal = std::make_unique<Journal>(m_path);
            }
            std::function<void()> reply = work(*m_journal);
            QMetaObject::invokeMethod(
                this,
                [this, guard, reply = std::move(reply)] {
                    --m_pending;
                    if (guard)
                        reply();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void JournalWriter::markSending(QObject *context, qint64 runId, const QList<qint64> &itemIds,
                                RefDone done)
{
    post(context, [runId, itemIds, done = std::move(done)](Journal &j) -> std::function<void()> {
        const qint64 ref = j.markSending(runId, itemIds);
        const QString error = ref > 0 ? QString() : j.errorString();
        return [done, ref, error] {
            done(ref, error);
        };
    });
}

void JournalWriter::recordAnswers(QObject *context, const QList<RequestAnswer> &answers,
                                  BoolDone done)
{
    post(context, [answers, done = std::move(done)](Journal &j) -> std::function<void()> {
        const bool ok = j.recordAnswers(answers);
        const QString error = ok ? QString() : j.errorString();
        return [done, ok, error] {
            done(ok, error);
        };
    });
}

void JournalWriter::updateItems(QObject *context, const QList<ItemOutcome> &updates, BoolDone done)
{
    post(context, [updates, done = std::move(done)](Journal &j) -> std::function<void()> {
        const bool ok = j.updateItems(updates);
        const QString error = ok ? QString() : j.errorString();
        return [done, ok, error] {
            done(ok, error);
        };
    });
}

void JournalWriter::recordAuthorizations(QObject *context, qint64 runId,
                                         const QHash<qint64, QList<AppAuthorization>> &byItem,
                                         BoolDone done)
{
    post(context, [runId, byItem, done = std::move(done)](Journal &j) -> std::function<void()> {
        const bool ok = j.recordAuthorizations(runId, byItem);
        const QString error = ok ? QString() : j.errorString();
        return [done, ok, error] {
            done(ok, error);
        };
    });
}

void JournalWriter::cancelQueued(QObject *context, qint64 runId, CountDone done)
{
    post(context, [runId, done = std::move(done)](Journal &j) -> std::function<void()> {
        const int count = j.cancelQueued(runId);
        const QString error = count >= 0 ? QString() : j.errorString();
        return [done, count, error] {
            done(count, error);
        };
    });
}

void JournalWriter::failUnsent(QObject *context, qint64 runId, const QString &code,
                               const QString &remark, CountDone done)
{
    post(context,
         [runId, code, remark, done = std::move(done)](Journal &j) -> std::function<void()> {
             const int count = j.failUnsent(runId, code, remark);
             const QString error = count >= 0 ? QString() : j.errorString();
             return [done, count, error] {
                 done(count, error);
             };
         });
}

} // namespace dataarts
