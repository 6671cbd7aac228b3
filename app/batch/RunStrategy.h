#pragma once

#include "Reconciliation.h"
#include "RunItem.h"
#include "UnitRequest.h"

#include "client/Service.h"
#include "runmodel/RunKind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace dataarts {

class ApiJob;
class Session;

// What is particular to one run kind, so that the scheduler (BatchRun) stays kind-agnostic:
// how items are grouped into requests, which requests are serialized, which client job
// sends them, how an answer maps to item states and how unknown outcomes are reconciled.
class RunStrategy
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::RunStrategy)
public:
    RunStrategy(RunKind kind, QJsonObject parameters);
    virtual ~RunStrategy();
    RunStrategy(const RunStrategy &) = delete;
    RunStrategy &operator=(const RunStrategy &) = delete;

    // The strategy of a kind with its parameters (RunSpec::parameters); never null.
    static std::unique_ptr<RunStrategy> create(RunKind kind, const QJsonObject &parameters);

    RunKind kind() const { return m_kind; }
    const QJsonObject &parameters() const { return m_parameters; }

    // Empty when the parameters are usable; otherwise a translated reason.
    virtual QString validateParameters() const = 0;
    // Empty when the item is usable; otherwise a translated reason.
    virtual QString validateItem(const RunItem &item) const;
    // Items per request: the default, and the most allowed (1: one request per item).
    virtual int defaultChunkSize() const { return 1; }
    virtual int maxChunkSize() const { return 1; }
    // Requests whose items share a non-empty lane are sent one at a time (API actions:
    // one per cluster).
    virtual QString laneOf(const RunItem &) const { return {}; }
    // The rate-limit bucket its requests use.
    virtual Service service() const = 0;

    // The request carrying `items` (not started).
    virtual UnitRequest *createRequest(Session *session, const QList<RunItem> &items) const = 0;

    // A reconciliation of `items` (see Reconciliation); null when the kind has nothing to
    // read (every item then stays as it is).
    virtual Reconciliation *createReconciliation(Session *session, const ReconcileContext &context,
                                                 const QList<ReconcileItem> &items) const = 0;

    // The one cheap signed read a run sends before it fans out (BatchRun "Key check"), not
    // started; null: none (a server that checks no keys). Default: the first approver.
    virtual ApiJob *createKeyCheck(Session *session) const;

    // Whether the run reads and records the apps authorized on its pairs before it sends
    // them (UNPUBLISH removes them; BatchRun, AuthorizationSnapshot).
    virtual bool readsAuthorizationsFirst() const { return false; }

    // Which states refreshPending() follows up for this kind (empty: none).
    virtual QList<ItemState> followedStates() const { return {}; }

    // The outcome of a failed request that concerns every item alike: UnknownOutcome ->
    // UNKNOWN; RateLimited (after the client's retries) -> QUEUED; a request that
    // provably never left -> QUEUED with a pause; 401 / clock skew / TLS -> halt; any
    // other error -> FAILED with code and message. Strategies call it for the errors they
    // do not handle themselves.
    static UnitOutcome commonFailure(const ApiError &error, const QList<RunItem> &items);
    // A refusal whose answer cannot be read (ApiError::isUnreadableRefusal): every item
    // UNKNOWN, no code, a remark saying so; the reconciliation reads what the server holds
    // (a refusal changed nothing, so an unchanged item is FAILED, never sent again).
    static UnitOutcome unreadableRefusal(const ApiError &error, const QList<RunItem> &items);
    static QString unreadableRefusalRemark(const ApiError &error);
    // Every item in `state` with code and remark.
    static QList<ItemOutcome> allItems(const QList<RunItem> &items, ItemState state,
                                       const QString &code = {}, const QString &remark = {});
    // The text recorded for a failed request: the server's message verbatim, or the
    // translated description of the error.
    static QString remarkFor(const ApiError &error);

private:
    RunKind m_kind;
    QJsonObject m_parameters;
};

} // namespace dataarts
