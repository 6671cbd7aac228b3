#pragma once

#include "WaitingItems.h"

#include "client/ApiError.h"
#include "dto/AuthorizedApp.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dataarts {

class BatchEngine;
class Pager;

// The follow-up of deferred effects (issue 23): re-reads, from the server's state, the items
// that ended their run waiting (SCHEDULED: takes effect at T; PENDING_APPROVAL: waits for a
// reviewer) and records in the journal those that reached their final state, with the time
// they took effect (BatchEngine::refreshPending and each kind's reconciliation: the API's
// publish state, the Architecture approvals and entity status, the review records). Then
// reports each item: still waiting (with T, and for UNPUBLISH / STOP the apps still to
// acknowledge, read from the authorized apps' link states, dataarts-api.md section 7.4.3),
// took effect, or refused. A read that fails leaves the items as they were, with the reason;
// nothing is guessed. No widgets. start(), then finished() once, from the event loop.
class FollowUp : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Waiting,    // still SCHEDULED or PENDING_APPROVAL
        TookEffect, // SUCCESS
        Refused,    // FAILED or CANCELLED: rejected, withdrawn, forced off, ...
    };

    struct Item {
        WaitingItem before; // as the journal held it before the re-read
        JournalItem now;    // as it holds it after
        Outcome outcome = Outcome::Waiting;
        // Waiting: T for a scheduled item; took effect: when (JournalItem::tookEffectAt).
        QDateTime at;
        // Waiting UNPUBLISH / STOP: the apps that have not acknowledged yet (appsRead: the
        // authorized apps could be read; otherwise appsProblem says why not).
        QList<AuthorizedApp> appsToAcknowledge;
        bool appsRead = false;
        QString appsProblem;
        // Waiting: why it could not be re-read, when a read failed (translated); refused:
        // the server's code and remark.
        QString reason;
    };

    explicit FollowUp(BatchEngine *engine, QObject *parent = nullptr);
    ~FollowUp() override;

    // Follows these runs' waiting items, one run after the other; no run: every run of the
    // journal with waiting items. Call once.
    void start(const QList<qint64> &runIds = {});
    void cancel();

    bool isFinished() const { return m_finished; }
    const QList<Item> &items() const { return m_items; }
    // The first read that failed (its items kept waiting), or none.
    const ApiError &readError() const { return m_readError; }
    // The journal could not be read or written: nothing more was done. Empty otherwise.
    QString journalError() const { return m_journalError; }
    // The server's time of the last answer (else the session's clock): "now" for the
    // countdowns.
    QDateTime now() const;
    int waitingCount() const;

    static QString outcomeName(Outcome outcome); // WAITING, TOOK_EFFECT, REFUSED

signals:
    void finished();

private:
    void nextRun();
    void onRefreshed(qint64 runId, const ApiError &error);
    void readApps();
    void finish();

    QPointer<BatchEngine> m_engine;
    QList<qint64> m_runs; // still to follow
    qint64 m_current = 0;
    QList<WaitingItem> m_before; // the current run's waiting items
    QList<Item> m_items;
    QStringList m_appApis; // APIs whose authorized apps are still to read
    QHash<QString, QList<AuthorizedApp>> m_apps;
    QPointer<Pager> m_pager;
    ApiError m_readError;
    QString m_journalError;
    bool m_started = false;
    bool m_finished = false;
};

// Translations of FollowUp's texts.
class FollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::FollowUpText)
};

} // namespace dataarts
