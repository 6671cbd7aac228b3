// ApisModel behind a RecordFilterProxy, with QAbstractItemModelTester watching both for the
// whole of every test: a column per cluster with each pair's status or "not published",
// a column added for a cluster only a publish message names, per-pair targets, updates in
// place, merging, the clusters changing, and sorting by a cluster's status.
#include "WatchedModel.h"
#include "panes/apis/ApisModel.h"
#include "panes/common/ItemRoles.h"

#include "panes/common/RecordFilterProxy.h"
#include "panes/common/StatusTone.h"

#include "i18n/Language.h"

#include <QSignalSpy>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

ServiceCluster cluster(const QString &id, const QString &name)
{
    ServiceCluster c;
    c.id = id;
    c.name = name;
    return c;
}

ApiPublishInfo message(const QString &apiId, const QString &instanceId, const QString &status,
                       const QString &instanceName = QString())
{
    ApiPublishInfo m;
    m.apiId = apiId;
    m.instanceId = instanceId;
    m.instanceName = instanceName;
    m.apiStatus = decodeEnum<ApiStatus>(status);
    return m;
}

ApiOverview api(int n, const QStringList &statuses)
{
    ApiOverview a;
    a.id = QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
    a.name = n % 2 ? QStringLiteral("getOrder%1").arg(n) : QStringLiteral("查询订单_%1").arg(n);
    a.manager = n % 5 == 1 ? QStringLiteral("wang_fang") : QStringLiteral("sandbox_admin");
    a.type = decodeEnum<ApiType>(QStringLiteral("API_SPECIFIC_TYPE_SCRIPT"));
    a.createTime = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addDays(n);
    const QStringList clusters = {QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")};
    for (int c = 0; c < statuses.size(); ++c) {
        if (!statuses.at(c).isEmpty())
            a.publishMessages.append(message(a.id, clusters.at(c), statuses.at(c)));
    }
    return a;
}

const QString kPublished = QStringLiteral("API_STATUS_PUBLISHED");
const QString kStopped = QStringLiteral("API_STATUS_STOPPED");
const QString kWaiting = QStringLiteral("API_STATUS_WAITING_OFFLINE");

} // namespace

class TestApisModel : public QObject, private WatchedModel<ApisModel>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clusterColumnsAndPairStatuses();
    void unknownClusterAddsAColumn();
    void targetsCarryThePair();
    void updatesInPlaceAndMerges();
    void sameClustersKeepRowsOthersReset();
    void filtersAndSortsByClusterStatus();
    void fieldsListEveryCluster();

private:
    void setThreeClusters();

    Language m_language;
};

void TestApisModel::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
}

void TestApisModel::init()
{
    watch();
}

void TestApisModel::cleanup()
{
    unwatch();
}

void TestApisModel::setThreeClusters()
{
    m_model->setClusters({cluster(QStringLiteral("c1"), QStringLiteral("cluster-a")),
                          cluster(QStringLiteral("c2"), QStringLiteral("cluster-b")),
                          cluster(QStringLiteral("c3"), QStringLiteral("cluster-c"))});
}

void TestApisModel::clusterColumnsAndPairStatuses()
{
    setThreeClusters();
    QCOMPARE(m_model->columnCount(), ApisModel::FixedColumnCount + 3);
    QCOMPARE(m_model->headerData(ApisModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(ApisModel::Reviewer, Qt::Horizontal).toString(),
             QStringLiteral("Reviewer"));
    QCOMPARE(m_model->headerData(ApisModel::clusterColumn(1), Qt::Horizontal).toString(),
             QStringLiteral("cluster-b"));
    QCOMPARE(m_model->clusterIndexOfColumn(ApisModel::Id), -1);
    QCOMPARE(m_model->clusterIndexOfColumn(ApisModel::clusterColumn(2)), 2);

    m_model->addApis({api(1, {kPublished, QString(), kStopped})});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, ApisModel::Reviewer).data().toString(), QStringLiteral("wang_fang"));
    QCOMPARE(m_model->index(0, ApisModel::Type).data().toString(), QStringLiteral("Script"));
    const QModelIndex published = m_model->index(0, ApisModel::clusterColumn(0));
    QCOMPARE(published.data().toString(), QStringLiteral("Published"));
    QCOMPARE(StatusTone(published.data(roles::Tone).toInt()), StatusTone::Good);
    QCOMPARE(published.data(roles::ClusterId).toString(), QStringLiteral("c1"));
    const QModelIndex none = m_model->index(0, ApisModel::clusterColumn(1));
    QCOMPARE(none.data().toString(), QStringLiteral("Not published"));
    QCOMPARE(StatusTone(none.data(roles::Tone).toInt()), StatusTone::Muted);
    QCOMPARE(none.data(roles::Sort).toInt(), -1);
    QCOMPARE(m_model->index(0, ApisModel::clusterColumn(2)).data().toString(),
             QStringLiteral("Stopped"));
    QVERIFY(!m_model->pair(0, 1).published);
    QCOMPARE(m_model->pair(0, 2).status.value, ApiStatus::Stopped);
}

void TestApisModel::unknownClusterAddsAColumn()
{
    setThreeClusters();
    m_model->addApis({api(1, {kPublished, kPublished, kPublished})});
    QSignalSpy columns(m_model.get(), &QAbstractItemModel::columnsInserted);
    ApiOverview a = api(2, {kPublished});
    a.publishMessages.append(message(a.id, QStringLiteral("c9"), kStopped, QStringLiteral("late")));
    m_model->addApis({a});
    QCOMPARE(columns.count(), 1);
    QCOMPARE(m_model->clusterCount(), 4);
    QCOMPARE(m_model->headerData(ApisModel::clusterColumn(3), Qt::Horizontal).toString(),
             QStringLiteral("late"));
    QCOMPARE(m_model->index(0, ApisModel::clusterColumn(3)).data().toString(),
             QStringLiteral("Not published"));
    QCOMPARE(m_model->index(1, ApisModel::clusterColumn(3)).data().toString(),
             QStringLiteral("Stopped"));
}

void TestApisModel::targetsCarryThePair()
{
    setThreeClusters();
    m_model->addApis({api(3, {kWaiting, QString(), kPublished})});
    const ApiTarget waiting = m_model->target(0, 0);
    QCOMPARE(waiting.apiId, api(3, {}).id);
    QCOMPARE(waiting.apiName, QStringLiteral("getOrder3"));
    QCOMPARE(waiting.instanceId, QStringLiteral("c1"));
    QCOMPARE(waiting.clusterName, QStringLiteral("cluster-a"));
    QVERIFY(waiting.published);
    QCOMPARE(waiting.status.value, ApiStatus::WaitingOffline);
    QCOMPARE(waiting.status.raw, kWaiting);
    const ApiTarget none = m_model->target(0, 1);
    QVERIFY(!none.published);
    QCOMPARE(none.status.value, ApiStatus::Unknown);
    QVERIFY(none.status.raw.isEmpty());
    QVERIFY(!(none == waiting));
}

void TestApisModel::updatesInPlaceAndMerges()
{
    setThreeClusters();
    QList<ApiOverview> page;
    for (int n = 0; n < 10; ++n)
        page.append(api(n, {kPublished, kPublished, QString()}));
    m_model->addApis(page);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    m_model->beginMerge();
    QList<ApiOverview> again;
    for (int n = 0; n < 10; ++n) {
        if (n == 4 || n == 5)
            continue; // gone
        again.append(api(n, {n == 2 || n == 3 ? kStopped : kPublished, kPublished, QString()}));
    }
    again.append(api(42, {QString(), QString(), kPublished}));
    m_model->addApis(again);
    QCOMPARE(changed.count(), 1); // rows 2 and 3 in one range
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 11);
    m_model->endMerge();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->rowOfId(api(42, {}).id), 8);
    QCOMPARE(m_model->rowOfId(api(4, {}).id), -1);
    QCOMPARE(m_model->pair(m_model->rowOfId(api(3, {}).id), 0).status.value, ApiStatus::Stopped);
}

void TestApisModel::sameClustersKeepRowsOthersReset()
{
    setThreeClusters();
    m_model->addApis({api(1, {kPublished, kPublished, kPublished})});
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->setClusters({cluster(QStringLiteral("c1"), QStringLiteral("renamed")),
                          cluster(QStringLiteral("c2"), QStringLiteral("cluster-b")),
                          cluster(QStringLiteral("c3"), QStringLiteral("cluster-c"))});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->headerData(ApisModel::clusterColumn(0), Qt::Horizontal).toString(),
             QStringLiteral("renamed"));
    m_model->setClusters({cluster(QStringLiteral("c2"), QStringLiteral("cluster-b"))});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->clusterCount(), 1);
}

void TestApisModel::filtersAndSortsByClusterStatus()
{
    setThreeClusters();
    m_model->addApis(
        {api(1, {kStopped, kPublished, QString()}), api(2, {QString(), kPublished, kPublished}),
         api(3, {kWaiting, QString(), kPublished}), api(6, {kPublished, kStopped, QString()})});
    m_proxy->sort(ApisModel::clusterColumn(0), Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names << m_proxy->index(row, ApisModel::Name).data().toString();
    // Not published first, then the workflow order: PUBLISHED, STOPPED, WAITING_OFFLINE.
    QCOMPARE(names, (QStringList{QStringLiteral("查询订单_2"), QStringLiteral("查询订单_6"),
                                 QStringLiteral("getOrder1"), QStringLiteral("getOrder3")}));
    m_proxy->setInstantFilter(QStringLiteral("WANG_FANG"));
    QCOMPARE(m_proxy->rowCount(), 2); // 1 and 6 are reviewed by wang_fang
    m_proxy->setInstantFilter(QStringLiteral("订单"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setInstantFilter(api(3, {}).id);
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestApisModel::fieldsListEveryCluster()
{
    setThreeClusters();
    m_model->addApis({api(1, {kPublished, QString(), kStopped})});
    const Pane::Fields fields = m_model->fields(0);
    QStringList labels;
    for (const auto &f : fields)
        labels << f.label;
    QVERIFY(labels.contains(QStringLiteral("Reviewer")));
    const qsizetype onB = labels.indexOf(QStringLiteral("On cluster-b"));
    QVERIFY(onB >= 0);
    QCOMPARE(fields.at(onB).value, QStringLiteral("Not published"));
    QCOMPARE(fields.at(labels.indexOf(QStringLiteral("On cluster-c"))).value,
             QStringLiteral("Stopped"));
    QCOMPARE(fields.last(), Pane::Field(QStringLiteral("ID"), api(1, {}).id));
}

QTEST_MAIN(TestApisModel)
#include "tst_apis_model.moc"
