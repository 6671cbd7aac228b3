// Every job against a real dataarts-sandbox over loopback: IAM, discovery, the Architecture
// lists and writes, the DataService lists and the API action, the review centers; bodies
// arrive byte for byte, state changes exactly once.
#include "IntegrationSupport.h"
#include "SandboxControl.h"

#include "client/jobs/ApiActionJob.h"
#include "client/jobs/ApprovalActionJob.h"
#include "client/jobs/BatchOfflineJob.h"
#include "client/jobs/BatchPublishJob.h"
#include "client/jobs/ConfirmMessageJob.h"
#include "client/jobs/ListAllTablesJob.h"
#include "client/jobs/ListApiActionInstancesJob.h"
#include "client/jobs/ListApiPublishInfoJob.h"
#include "client/jobs/ListApisJob.h"
#include "client/jobs/ListAppliesJob.h"
#include "client/jobs/ListApprovalsJob.h"
#include "client/jobs/ListApproversJob.h"
#include "client/jobs/ListIamProjectsJob.h"
#include "client/jobs/ListInstancesJob.h"
#include "client/jobs/ListMessagesJob.h"
#include "client/jobs/ListModelsJob.h"
#include "client/jobs/ListServiceClustersJob.h"
#include "client/jobs/ListTableModelsJob.h"
#include "client/jobs/ListWorkspacesJob.h"
#include "client/jobs/ReviewAppliesJob.h"
#include "client/jobs/ShowApiJob.h"
#include "client/jobs/ShowApplyJob.h"
#include "client/jobs/ShowMessageJob.h"
#include "client/jobs/WithdrawApprovalsJob.h"
#include "dto/BizType.h"

#include <QSet>
#include <QTest>

using namespace dataarts;
using integration::run;

namespace {

const QString kDevAk = QStringLiteral("ZHAOLEIAK00000000001");
const QByteArray kDevSk = QByteArrayLiteral("zhao-lei-sandbox-secret-0001");

} // namespace

class TestClientSandboxJobs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void iamProjects();
    void discovery();
    void models();
    void allTablesThroughPager();
    void tableModel();
    void approvers();
    void batchOfflineFastApproval();
    void batchOfflineFailsPerItem();
    void batchPublishBringsBack();
    void approvalResolveAndReject();
    void approvalWithdraw();
    void apisAndPublishInfo();
    void actionInstancesAndClusters();
    void apiActionStopRecoverAndIllegal();
    void messagesConfirmedByAppOwner();
    void applicationReviewedByReviewer();
    void reviewListsPagedToTheirTotal();

private:
    QString publishedEntity(const QString &bizType);
    QString approverUserId();

    SandboxProcess *m_sandbox = nullptr;
    SandboxControl *m_control = nullptr;
    Session *m_session = nullptr;   // sandbox_admin: approver, reviewer of most APIs
    Session *m_developer = nullptr; // zhao_lei: a developer who owns apps
    QStringList m_usedEntities;
};

void TestClientSandboxJobs::initTestCase()
{
    m_sandbox = new SandboxProcess(
        {QStringLiteral("--tables"), QStringLiteral("300"), QStringLiteral("--apis"),
         QStringLiteral("60"), QStringLiteral("--user"),
         QStringLiteral("zhao_lei:") + kDevAk + QLatin1Char(':') + QString::fromLatin1(kDevSk) +
             QStringLiteral(":developer")});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_control = new SandboxControl(m_sandbox->url());
    m_session = new Session(m_sandbox->settings());
    m_developer = new Session(integration::asUser(*m_sandbox, kDevAk, kDevSk));
}

void TestClientSandboxJobs::cleanupTestCase()
{
    delete m_developer;
    delete m_session;
    delete m_control;
    delete m_sandbox;
}

QString TestClientSandboxJobs::publishedEntity(const QString &bizType)
{
    const QStringList ids = m_control->entityIds(bizType, QStringLiteral("PUBLISHED"), 50);
    for (const QString &id : ids) {
        if (!m_usedEntities.contains(id)) {
            m_usedEntities << id;
            return id;
        }
    }
    return {};
}

QString TestClientSandboxJobs::approverUserId()
{
    return m_sandbox->value(QStringLiteral("user_id"));
}

void TestClientSandboxJobs::iamProjects()
{
    ListIamProjectsJob job(m_session, QStringLiteral("cn-north-4"));
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.uniqueProjectId(), m_sandbox->projectId());
    ListIamProjectsJob none(m_session, QStringLiteral("xx-nowhere-1"));
    QVERIFY(run(none));
    QVERIFY(none.ok());
    QVERIFY(none.uniqueProjectId().isEmpty());
}

void TestClientSandboxJobs::discovery()
{
    ListInstancesJob instances(m_session);
    QVERIFY(run(instances));
    QVERIFY2(instances.ok(), qPrintable(instances.error().message()));
    QCOMPARE(instances.result().records.size(), 1);
    QCOMPARE(instances.result().records.first().id, m_sandbox->instanceId());
    QCOMPARE(instances.result().records.first().status, 2);

    ListWorkspacesJob::Filter f;
    f.instanceId = m_sandbox->instanceId();
    ListWorkspacesJob workspaces(m_session, f);
    QVERIFY(run(workspaces));
    QVERIFY2(workspaces.ok(), qPrintable(workspaces.error().message()));
    bool found = false;
    for (const DataArtsWorkspace &w : workspaces.result().records)
        found = found || (w.id == m_sandbox->workspace() && w.isDefault == 1);
    QVERIFY(found);
}

void TestClientSandboxJobs::models()
{
    ListModelsJob job(m_session);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.result().records.size(), 5);
    int relational = 0;
    for (const DesignModel &m : job.result().records)
        relational += m.type == ModelType::ThirdNf ? 1 : 0;
    QCOMPARE(relational, 4);
}

void TestClientSandboxJobs::allTablesThroughPager()
{
    Pager pager([this] { return new ListAllTablesJob(m_session); });
    QSet<QString> ids;
    QSet<QString> types;
    int unknownStatus = 0;
    connect(&pager, &Pager::pageReady, this, [&](ListJob *job) {
        for (const AllTable &t : static_cast<ListAllTablesJob *>(job)->result().records) {
            ids.insert(t.id);
            types.insert(t.bizType);
            unknownStatus += t.status.isKnown() ? 0 : 1;
        }
    });
    QVERIFY(run(pager));
    QVERIFY2(pager.ok(), qPrintable(pager.error().message()));
    QCOMPARE(pager.loaded(), pager.total());
    QCOMPARE(qint64(ids.size()), pager.total());
    QCOMPARE(pager.total(), 300);
    QCOMPARE(pager.pages(), 3);
    QCOMPARE(types, QSet<QString>(bizTypes::tableTypes().begin(), bizTypes::tableTypes().end()));
    QCOMPARE(unknownStatus, 0);
    for (const QString &id : ids)
        QVERIFY(id.size() >= 18);

    // Server-side filters.
    ListAllTablesJob::Filter f;
    f.bizTypes = {QStringLiteral("FACT_LOGIC_TABLE")};
    f.status = QStringLiteral("OFFLINE");
    ListAllTablesJob filtered(m_session, f);
    QVERIFY(run(filtered));
    QVERIFY(filtered.ok());
    QVERIFY(filtered.result().total > 0);
    for (const AllTable &t : filtered.result().records) {
        QCOMPARE(t.bizType, QStringLiteral("FACT_LOGIC_TABLE"));
        QVERIFY(t.status == BizStatus::Offline);
    }
}

void TestClientSandboxJobs::tableModel()
{
    ListModelsJob models(m_session);
    QVERIFY(run(models));
    QString modelId;
    for (const DesignModel &m : models.result().records) {
        if (m.type == ModelType::ThirdNf && !m.dwType.isEmpty())
            modelId = m.id;
    }
    QVERIFY(!modelId.isEmpty());
    ListTableModelsJob::Filter f;
    f.modelId = modelId;
    ListTableModelsJob job(m_session, f);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(job.result().total > 0);
    for (const TableModel &t : job.result().records)
        QCOMPARE(t.modelId, modelId);

    ListTableModelsJob missing(m_session); // model_id is required: refused before sending
    QVERIFY(run(missing));
    QCOMPARE(missing.error().kind, ApiError::Kind::InvalidInput);
}

void TestClientSandboxJobs::approvers()
{
    ListApproversJob job(m_session);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    bool admin = false;
    for (const Approver &a : job.result().records)
        admin = admin ||
                (a.userId == approverUserId() && a.approverName == QLatin1String("sandbox_admin"));
    QVERIFY(admin);
}

void TestClientSandboxJobs::batchOfflineFastApproval()
{
    const QString a = publishedEntity(QStringLiteral("TABLE_MODEL"));
    const QString b = publishedEntity(QStringLiteral("DIMENSION_LOGIC_TABLE"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    BatchOfflineRequest body;
    body.bizInfos = {{a, QStringLiteral("TABLE_MODEL")},
                     {b, QStringLiteral("DIMENSION_LOGIC_TABLE")}};
    body.approverUserId = approverUserId();
    body.approverUserName = QStringLiteral("sandbox_admin");
    body.fastApproval = true;
    body.scheduleTime = ApprovalBatchRequest::scheduleTimeFor(QTime(18, 30));
    body.envType = EnvType::Prod;
    BatchOfflineJob job(m_session, body);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(job.result().operationStatus == OperationStatus::Success);
    QCOMPARE(job.result().groups.size(), 2);
    for (const BatchOperation &g : job.result().groups)
        QVERIFY2(g.operationStatus == OperationStatus::Success, qPrintable(g.remark));
    QCOMPARE(job.result().total, 2);
    QVERIFY(!job.requestId().isEmpty());

    // The sandbox received exactly the bytes the request value type shows.
    const QJsonArray log = m_control->requests(QStringLiteral("batch-offline"), 1);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(QLatin1String("body")).toString().toUtf8(), body.body());
    for (const QString &id : {a, b}) {
        const QJsonObject e = m_control->entity(id);
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("OFFLINE"));
        QCOMPARE(e.value(QLatin1String("transitions")).toInt(), 1);
    }
}

void TestClientSandboxJobs::batchOfflineFailsPerItem()
{
    const QString published = publishedEntity(QStringLiteral("FACT_LOGIC_TABLE"));
    const QString offline =
        m_control->entityIds(QStringLiteral("FACT_LOGIC_TABLE"), QStringLiteral("OFFLINE"), 1)
            .value(0);
    QVERIFY(!published.isEmpty() && !offline.isEmpty());
    BatchOfflineRequest body;
    body.bizInfos = {{published, QStringLiteral("FACT_LOGIC_TABLE")},
                     {offline, QStringLiteral("FACT_LOGIC_TABLE")},
                     {QStringLiteral("1000000000000000001"), QStringLiteral("TABLE_MODEL")}};
    body.approverUserId = approverUserId();
    body.approverUserName = QStringLiteral("sandbox_admin");
    body.fastApproval = true;
    BatchOfflineJob job(m_session, body);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(job.result().operationStatus == OperationStatus::Failed);
    QCOMPARE(job.result().groups.size(), 3);
    int failed = 0;
    for (const BatchOperation &g : job.result().groups) {
        if (g.operationStatus == OperationStatus::Failed) {
            ++failed;
            QVERIFY(!g.remark.isEmpty());
        }
    }
    QCOMPARE(failed, 2);
    QCOMPARE(job.result().failed, 2);
    QCOMPARE(m_control->entity(published).value(QLatin1String("status")).toString(),
             QStringLiteral("OFFLINE"));
}

void TestClientSandboxJobs::batchPublishBringsBack()
{
    const QString id =
        m_control
            ->entityIds(QStringLiteral("AGGREGATION_LOGIC_TABLE"), QStringLiteral("OFFLINE"), 1)
            .value(0);
    QVERIFY(!id.isEmpty());
    BatchPublishRequest body;
    body.bizInfos = {{id, QStringLiteral("AGGREGATION_LOGIC_TABLE")}};
    body.approverUserId = approverUserId();
    body.approverUserName = QStringLiteral("sandbox_admin");
    body.fastApproval = true;
    BatchPublishJob job(m_session, body);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QVERIFY(job.result().operationStatus == OperationStatus::Success);
    QCOMPARE(m_control->entity(id).value(QLatin1String("status")).toString(),
             QStringLiteral("PUBLISHED"));
}

void TestClientSandboxJobs::approvalResolveAndReject()
{
    const QString toResolve = publishedEntity(QStringLiteral("TABLE_MODEL"));
    const QString toReject = publishedEntity(QStringLiteral("TABLE_MODEL"));
    BatchOfflineRequest body;
    body.bizInfos = {{toResolve, QStringLiteral("TABLE_MODEL")},
                     {toReject, QStringLiteral("TABLE_MODEL")}};
    body.approverUserId = approverUserId();
    body.approverUserName = QStringLiteral("sandbox_admin");
    body.fastApproval = false;
    BatchOfflineJob submit(m_session, body);
    QVERIFY(run(submit));
    QVERIFY2(submit.ok(), qPrintable(submit.error().message()));
    QCOMPARE(m_control->entity(toResolve).value(QLatin1String("status")).toString(),
             QStringLiteral("OFFLINE_DEVELOPING"));

    QStringList approvalIds;
    for (const QString &bizId : {toResolve, toReject}) {
        ListApprovalsJob::Filter f;
        f.bizId = bizId;
        f.approvalType = QStringLiteral("OFFLINE");
        f.approvalStatus = QStringLiteral("DEVELOPING");
        ListApprovalsJob list(m_session, f);
        QVERIFY(run(list));
        QVERIFY2(list.ok(), qPrintable(list.error().message()));
        QCOMPARE(list.result().records.size(), 1);
        const Approval &a = list.result().records.first();
        QCOMPARE(a.bizId, bizId);
        QVERIFY(a.approvalStatus == ApprovalStatus::Developing);
        approvalIds << a.id;
    }

    ApprovalActionRequest resolveBody;
    resolveBody.ids = {approvalIds[0]};
    resolveBody.msg = QStringLiteral("同意下线");
    ApprovalActionJob resolve(m_session, ApprovalActionJob::Resolve, resolveBody);
    QVERIFY(run(resolve));
    QVERIFY2(resolve.ok(), qPrintable(resolve.error().message()));
    QCOMPARE(m_control->entity(toResolve).value(QLatin1String("status")).toString(),
             QStringLiteral("OFFLINE"));

    ApprovalActionRequest rejectBody;
    rejectBody.ids = {approvalIds[1]};
    rejectBody.msg = QStringLiteral("still in use");
    ApprovalActionJob reject(m_session, ApprovalActionJob::Reject, rejectBody);
    QVERIFY(run(reject));
    QVERIFY2(reject.ok(), qPrintable(reject.error().message()));
    QCOMPARE(m_control->entity(toReject).value(QLatin1String("status")).toString(),
             QStringLiteral("PUBLISHED"));
    const QJsonArray log = m_control->requests(QStringLiteral("approvals/action"), 1);
    QCOMPARE(log.first().toObject().value(QLatin1String("body")).toString().toUtf8(),
             rejectBody.body());
}

void TestClientSandboxJobs::approvalWithdraw()
{
    const QString id = publishedEntity(QStringLiteral("TABLE_MODEL_LOGIC"));
    BatchOfflineRequest body;
    body.bizInfos = {{id, QStringLiteral("TABLE_MODEL_LOGIC")}};
    body.approverUserId = approverUserId();
    body.approverUserName = QStringLiteral("sandbox_admin");
    BatchOfflineJob submit(m_session, body);
    QVERIFY(run(submit));
    QVERIFY(submit.ok());
    ListApprovalsJob::Filter f;
    f.bizId = id;
    f.approvalStatus = QStringLiteral("DEVELOPING");
    ListApprovalsJob list(m_session, f);
    QVERIFY(run(list));
    QCOMPARE(list.result().records.size(), 1);

    WithdrawApprovalsJob withdraw(m_session, {list.result().records.first().id});
    QVERIFY(run(withdraw));
    QVERIFY2(withdraw.ok(), qPrintable(withdraw.error().message()));
    QCOMPARE(withdraw.withdrawn(), 1);
    QCOMPARE(m_control->entity(id).value(QLatin1String("status")).toString(),
             QStringLiteral("PUBLISHED"));

    // Withdrawing it again: refused with a typed error and the service's code.
    WithdrawApprovalsJob again(m_session, {list.result().records.first().id});
    QVERIFY(run(again));
    QCOMPARE(again.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(again.error().code, QStringLiteral("DS.6000"));
    QVERIFY(!again.error().serverMessage.isEmpty());
    QVERIFY(!again.error().requestId.isEmpty());
}

void TestClientSandboxJobs::apisAndPublishInfo()
{
    ListApisJob::Filter f;
    f.returnPublishMessages = true;
    ListApisJob apis(m_session, f);
    apis.setPage(0, 100);
    QVERIFY(run(apis));
    QVERIFY2(apis.ok(), qPrintable(apis.error().message()));
    QCOMPARE(apis.result().total, 60);
    QCOMPARE(apis.result().records.size(), 60);
    QSet<ApiStatus> statuses;
    QString apiWithMessages;
    for (const ApiOverview &a : apis.result().records) {
        QVERIFY(!a.manager.isEmpty());
        for (const ApiPublishInfo &p : a.publishMessages) {
            statuses.insert(p.apiStatus.value);
            QVERIFY2(p.apiStatus.isKnown(), qPrintable(p.apiStatus.raw));
            apiWithMessages = a.id;
        }
    }
    QVERIFY(statuses.contains(ApiStatus::Published));
    QVERIFY(statuses.contains(ApiStatus::Stopped));
    QVERIFY(!apiWithMessages.isEmpty());

    ShowApiJob show(m_session, apiWithMessages);
    QVERIFY(run(show));
    QVERIFY2(show.ok(), qPrintable(show.error().message()));
    QCOMPARE(show.result().overview.id, apiWithMessages);

    ListApiPublishInfoJob::Filter pf;
    pf.apiId = apiWithMessages;
    ListApiPublishInfoJob info(m_session, pf);
    QVERIFY(run(info));
    QVERIFY2(info.ok(), qPrintable(info.error().message()));
    QVERIFY(info.result().total >= 1);
    QCOMPARE(info.result().records.first().apiId, apiWithMessages);

    ShowApiJob unknown(m_session, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(run(unknown));
    QVERIFY(unknown.error().isError());
    QCOMPARE(unknown.error().code, QStringLiteral("DLM.4018"));
}

void TestClientSandboxJobs::actionInstancesAndClusters()
{
    ListServiceClustersJob clusters(m_session);
    QVERIFY(run(clusters));
    QVERIFY2(clusters.ok(), qPrintable(clusters.error().message()));
    QCOMPARE(clusters.result().total, 3);

    const QJsonArray pairs =
        m_control->pairs(QStringLiteral("status=PUBLISHED&manager=sandbox_admin&limit=1"));
    QVERIFY(!pairs.isEmpty());
    const QString apiId = pairs.first().toObject().value(QLatin1String("api_id")).toString();
    const QString instanceId =
        pairs.first().toObject().value(QLatin1String("instance_id")).toString();
    ListApiActionInstancesJob::Filter f;
    f.apiId = apiId;
    f.action = QStringLiteral("STOP");
    ListApiActionInstancesJob job(m_session, f);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    bool possible = false;
    for (const ApiActionInstance &i : job.result().records)
        possible = possible || (i.instanceId == instanceId && i.result);
    QVERIFY(possible);
}

void TestClientSandboxJobs::apiActionStopRecoverAndIllegal()
{
    const QJsonArray pairs =
        m_control->pairs(QStringLiteral("status=PUBLISHED&apps=no&manager=sandbox_admin&limit=5"));
    QVERIFY(!pairs.isEmpty());
    const QString apiId = pairs.last().toObject().value(QLatin1String("api_id")).toString();
    const QString instanceId =
        pairs.last().toObject().value(QLatin1String("instance_id")).toString();

    ApiActionRequest stop;
    stop.action = ApiAction::Stop;
    stop.time = ApiActionRequest::defaultTime(QDateTime::currentDateTimeUtc());
    ApiActionJob job(m_session, apiId, instanceId, stop);
    QVERIFY(run(job));
    QVERIFY2(job.ok(), qPrintable(job.error().message()));
    QCOMPARE(job.httpStatus(), 204);
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("status")).toString(),
             QStringLiteral("API_STATUS_STOPPED"));
    const QJsonArray log = m_control->requests(QStringLiteral("/action$"), 1);
    QCOMPARE(log.first().toObject().value(QLatin1String("body")).toString().toUtf8(), stop.body());

    ApiActionRequest recover;
    recover.action = ApiAction::Recover;
    ApiActionJob back(m_session, apiId, instanceId, recover);
    QVERIFY(run(back));
    QVERIFY2(back.ok(), qPrintable(back.error().message()));
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("status")).toString(),
             QStringLiteral("API_STATUS_PUBLISHED"));
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("transitions")).toInt(), 2);

    // RECOVER of a published API: the documented DLM.4182, typed, not retried.
    ApiActionJob illegal(m_session, apiId, instanceId, recover);
    QVERIFY(run(illegal));
    QCOMPARE(illegal.error().kind, ApiError::Kind::BadRequest);
    QCOMPARE(illegal.error().code, QStringLiteral("DLM.4182"));
    QCOMPARE(illegal.attempts(), 1);
    QVERIFY(!illegal.error().message().isEmpty());

    ApiActionJob unknownCluster(m_session, apiId,
                                QStringLiteral("ffffffffffffffffffffffffffffffff"), stop);
    QVERIFY(run(unknownCluster));
    QCOMPARE(unknownCluster.error().code, QStringLiteral("DLM.4215"));
}

void TestClientSandboxJobs::messagesConfirmedByAppOwner()
{
    // UNPUBLISH with a deadline on a pair whose apps all belong to zhao_lei: one message per
    // app for zhao_lei; when every one is confirmed "now", the API goes offline at once.
    const QJsonArray pairs = m_control->pairs(QStringLiteral(
        "status=PUBLISHED&apps=yes&manager=sandbox_admin&app_owner=zhao_lei&limit=1"));
    QVERIFY(!pairs.isEmpty());
    const QString apiId = pairs.first().toObject().value(QLatin1String("api_id")).toString();
    const QString instanceId =
        pairs.first().toObject().value(QLatin1String("instance_id")).toString();
    const int apps = pairs.first().toObject().value(QLatin1String("apps")).toArray().size();

    ApiActionRequest unpublish;
    unpublish.action = ApiAction::Unpublish;
    unpublish.time = ApiActionRequest::defaultTime(QDateTime::currentDateTimeUtc());
    ApiActionJob action(m_session, apiId, instanceId, unpublish);
    QVERIFY(run(action));
    QVERIFY2(action.ok(), qPrintable(action.error().message()));
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("status")).toString(),
             QStringLiteral("API_STATUS_WAITING_OFFLINE"));

    const QJsonArray records = m_control->pair(apiId, instanceId)
                                   .value(QLatin1String("pending"))
                                   .toObject()
                                   .value(QLatin1String("records"))
                                   .toArray();
    QCOMPARE(records.size(), apps);
    QStringList messageIds;
    for (const QJsonValue &r : records)
        messageIds << r.toObject().value(QLatin1String("id")).toString();

    ListMessagesJob list(m_developer);
    list.setPage(0, 100);
    QVERIFY(run(list));
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    int found = 0;
    for (const ApplyRecord &m : list.result().records) {
        if (messageIds.contains(m.id)) {
            ++found;
            QVERIFY(m.status == ApplyStatus::PendingCheck);
            QVERIFY(m.type == ApplyType::Offline);
            QVERIFY(m.applyTime.isValid());
        }
    }
    QCOMPARE(found, apps);

    ShowMessageJob show(m_developer, messageIds.first());
    QVERIFY(run(show));
    QVERIFY2(show.ok(), qPrintable(show.error().message()));
    QCOMPARE(show.result().id, messageIds.first());

    for (const QString &id : messageIds) {
        ConfirmMessageRequest confirm;
        confirm.messageId = id;
        confirm.action = ConfirmMessageRequest::ExecuteNow;
        ConfirmMessageJob job(m_developer, confirm);
        QVERIFY(run(job));
        QVERIFY2(job.ok(), qPrintable(job.error().message()));
    }
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("status")).toString(),
             QStringLiteral("API_STATUS_OFFLINE"));
    ShowMessageJob after(m_developer, messageIds.first());
    QVERIFY(run(after));
    QVERIFY(after.result().status == ApplyStatus::SynchronousExecute);
}

void TestClientSandboxJobs::applicationReviewedByReviewer()
{
    // RECOVER by someone who is not the reviewer: an application for the reviewer.
    const QJsonArray pairs =
        m_control->pairs(QStringLiteral("status=STOPPED&manager=sandbox_admin&limit=1"));
    QVERIFY(!pairs.isEmpty());
    const QString apiId = pairs.first().toObject().value(QLatin1String("api_id")).toString();
    const QString instanceId =
        pairs.first().toObject().value(QLatin1String("instance_id")).toString();
    ApiActionRequest recover;
    recover.action = ApiAction::Recover;
    ApiActionJob ask(m_developer, apiId, instanceId, recover);
    QVERIFY(run(ask));
    QVERIFY2(ask.ok(), qPrintable(ask.error().message()));
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("status")).toString(),
             QStringLiteral("API_STATUS_RECOVER_WAIT_REVIEW"));
    const QString applyId = m_control->pair(apiId, instanceId)
                                .value(QLatin1String("pending"))
                                .toObject()
                                .value(QLatin1String("records"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("id"))
                                .toString();

    ListAppliesJob::Filter f;
    f.queryType = 0;
    ListAppliesJob pending(m_session, f);
    pending.setPage(0, 100);
    QVERIFY(run(pending));
    QVERIFY2(pending.ok(), qPrintable(pending.error().message()));
    bool listed = false;
    for (const ApplyRecord &r : pending.result().records) {
        if (r.id == applyId) {
            listed = true;
            QVERIFY(r.status == ApplyStatus::PendingApproval);
            QVERIFY(r.type == ApplyType::Recover);
        }
    }
    QVERIFY(listed);

    ShowApplyJob show(m_session, applyId);
    QVERIFY(run(show));
    QVERIFY2(show.ok(), qPrintable(show.error().message()));

    ReviewAppliesRequest review;
    review.applyResult = true;
    review.applyIds = {applyId};
    ReviewAppliesJob approve(m_session, review);
    QVERIFY(run(approve));
    QVERIFY2(approve.ok(), qPrintable(approve.error().message()));
    QCOMPARE(m_control->pair(apiId, instanceId).value(QLatin1String("status")).toString(),
             QStringLiteral("API_STATUS_PUBLISHED"));
    const QJsonArray log = m_control->requests(QStringLiteral("/service/applys$"), 1);
    QCOMPARE(log.first().toObject().value(QLatin1String("body")).toString().toUtf8(),
             review.body());

    // Reviewing it again: already processed.
    ReviewAppliesJob again(m_session, review);
    QVERIFY(run(again));
    QCOMPARE(again.error().code, QStringLiteral("DLM.4182"));
}

void TestClientSandboxJobs::reviewListsPagedToTheirTotal()
{
    // Small pages over the application lists: the pager stops at the total, although the
    // sandbox, like the real service, answers an offset past it with the first page.
    for (int queryType = 0; queryType < 4; ++queryType) {
        ListAppliesJob::Filter f;
        f.queryType = queryType;
        ListAppliesJob whole(m_session, f);
        whole.setPage(0, 100);
        QVERIFY(run(whole));
        QVERIFY(whole.ok());
        Pager pager([this, f] { return new ListAppliesJob(m_session, f); });
        pager.setLimit(2);
        QStringList ids;
        connect(&pager, &Pager::pageReady, this, [&](ListJob *job) {
            for (const ApplyRecord &r : static_cast<ListAppliesJob *>(job)->result().records)
                ids << r.id;
        });
        QVERIFY(run(pager));
        QVERIFY2(pager.ok(), qPrintable(pager.error().message()));
        QCOMPARE(qint64(ids.size()), whole.result().total);
        QCOMPARE(ids.removeDuplicates(), 0);
    }
}

QTEST_GUILESS_MAIN(TestClientSandboxJobs)
#include "tst_client_sandbox_jobs.moc"
