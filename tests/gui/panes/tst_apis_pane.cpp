// The APIs pane against a real dataarts-sandbox (300 APIs x 3 clusters) over loopback, in a
// real (offscreen) window: clusters first, then the APIs with their publish messages, one
// column per cluster with each pair's status (or "not published"); per-pair selection,
// "select all matching", the context menu that asks for the API-action wizard with exactly
// the selected pairs, sorting by a cluster's status, and the error strip with Retry.
#include "PaneSandbox.h"

#include "i18n/Language.h"
#include "panes/apis/ApisModel.h"
#include "panes/apis/ApisPane.h"
#include "panes/common/ItemRoles.h"
#include "panes/common/LoadBar.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/common/StatusTone.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kApis = 300;
constexpr int kClusters = 3;
constexpr int kLoadTimeoutMs = 60000;
const QString kApisPath = QStringLiteral("/service/apis$");
const QString kClustersPath = QStringLiteral("/service/instances$");

} // namespace

class TestApisPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsClustersThenApisWithPairStatuses();
    void selectsSinglePairs();
    void apiCellStandsForItsPublishedPairs();
    void selectAllMatchingSelectsPublishedPairs();
    void selectionStaysWhenTheFilterClears();
    void sortsByAClustersStatus();
    void clusterErrorShowsWithRetry();
    void detailsListEveryCluster();

private:
    void waitLoaded();
    QModelIndex cell(int proxyRow, int column) const;
    void click(const QModelIndex &index, Qt::KeyboardModifiers modifiers);
    int proxyRowWhere(const std::function<bool(int sourceRow)> &wanted) const;
    QList<ApiTarget> openMenuAndAct();

    PaneSandbox m_sandbox;
    Language m_language;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApisPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestApisPane::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestApisPane::init()
{
    m_session = m_sandbox.newSession();
    m_pane = std::make_unique<ApisPane>();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_pane->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->resize(1400, 700);
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

void TestApisPane::cleanup()
{
    m_sandbox.clearFaults();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_pane.reset();
    m_session.reset();
}

void TestApisPane::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->isComplete(), kLoadTimeoutMs);
}

QModelIndex TestApisPane::cell(int proxyRow, int column) const
{
    return m_pane->proxy()->index(proxyRow, column);
}

void TestApisPane::click(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    QTableView *view = m_pane->view();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

int TestApisPane::proxyRowWhere(const std::function<bool(int)> &wanted) const
{
    for (int row = 0; row < m_pane->proxy()->rowCount(); ++row) {
        if (wanted(m_pane->proxy()->mapToSource(cell(row, 0)).row()))
            return row;
    }
    return -1;
}

QList<ApiTarget> TestApisPane::openMenuAndAct()
{
    QSignalSpy requested(m_pane.get(), &ApisPane::apiActionRequested);
    QTableView *view = m_pane->view();
    const QPoint at = view->visualRect(view->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu)
        return {};
    QAction *act = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("apiActionAction"))
            act = action;
    }
    if (!act || !act->isEnabled() || act->text() != QStringLiteral("Unpublish / Stop / Recover…"))
        return {};
    act->trigger();
    menu->close();
    if (requested.count() != 1)
        return {};
    return requested.at(0).at(0).value<QList<ApiTarget>>();
}

void TestApisPane::loadsClustersThenApisWithPairStatuses()
{
    QSignalSpy status(m_pane.get(), &Pane::statusTextChanged);
    m_sandbox.markRequests(kClustersPath);
    m_pane->setSession(m_session.get());
    QCOMPARE(m_pane->statusText(), QStringLiteral("Loading the clusters…"));
    waitLoaded();

    ApisModel *model = m_pane->model();
    QCOMPARE(model->rowCount(), kApis);
    QCOMPARE(model->clusterCount(), kClusters);
    QCOMPARE(model->columnCount(), ApisModel::FixedColumnCount + kClusters);
    QCOMPARE(m_pane->statusText(), QStringLiteral("300 APIs on 3 clusters"));
    QStringList texts;
    for (const QList<QVariant> &args : std::as_const(status))
        texts << args.at(0).toString();
    QVERIFY2(texts.contains(QStringLiteral("Loaded 100 of 300 APIs")),
             qPrintable(texts.join(u'|')));

    // Clusters once, then the APIs in pages of 100 with their publish messages.
    const QList<QUrlQuery> clusterQueries = m_sandbox.requestsSinceMark(kClustersPath);
    QCOMPARE(clusterQueries.size(), 1);

    // The columns are the sandbox's clusters, by name, in its order.
    const HttpResult clusters =
        m_sandbox.client().get(m_sandbox.client().ds(QStringLiteral("instances")),
                               {{QStringLiteral("limit"), QStringLiteral("100")}});
    const QJsonArray instances = clusters.json().value(QStringLiteral("instances")).toArray();
    QCOMPARE(instances.size(), kClusters);
    for (int c = 0; c < kClusters; ++c) {
        const QJsonObject instance = instances.at(c).toObject();
        QCOMPARE(model->cluster(c).id, instance.value(QStringLiteral("id")).toString());
        QCOMPARE(model->headerData(ApisModel::clusterColumn(c), Qt::Horizontal).toString(),
                 instance.value(QStringLiteral("name")).toString());
    }

    // Each pair's badge says what the sandbox holds; CREATED pairs have no publish message.
    int notPublished = 0;
    for (int row = 0; row < kApis; row += 7) {
        for (int c = 0; c < kClusters; ++c) {
            const QJsonObject truth =
                m_sandbox.client().pair(model->api(row).id, model->cluster(c).id);
            const QString wire = truth.value(QStringLiteral("status")).toString();
            const QModelIndex index = model->index(row, ApisModel::clusterColumn(c));
            if (wire == QLatin1String("API_STATUS_CREATED")) {
                ++notPublished;
                QVERIFY(!model->pair(row, c).published);
                QCOMPARE(index.data().toString(), QStringLiteral("Not published"));
                QCOMPARE(StatusTone(index.data(roles::Tone).toInt()), StatusTone::Muted);
            } else {
                QVERIFY(model->pair(row, c).published);
                QCOMPARE(model->pair(row, c).status.raw, wire);
                QVERIFY(!index.data().toString().isEmpty());
                QVERIFY(index.data().toString() != wire); // translated, not the wire name
            }
            QCOMPARE(index.data(roles::ClusterId).toString(), model->cluster(c).id);
        }
        QCOMPARE(model->index(row, ApisModel::Reviewer).data().toString(),
                 m_sandbox.client()
                     .pair(model->api(row).id, model->cluster(0).id)
                     .value(QStringLiteral("manager"))
                     .toString());
    }
    QVERIFY(notPublished > 0);

    // Then the APIs in pages of 100 with their publish messages.
    const QJsonArray apiRequests =
        m_sandbox.client()
            .controlJson("GET", QStringLiteral("/__sandbox/requests?limit=3&path=") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(kApisPath)))
            .value(QStringLiteral("requests"))
            .toArray();
    QCOMPARE(apiRequests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject r = apiRequests.at(i).toObject();
        const QUrlQuery q(r.value(QStringLiteral("query")).toString());
        QCOMPARE(q.queryItemValue(QStringLiteral("offset")), QString::number(i * 100));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(r.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("x-return-publish-messages"))
                     .toString(),
                 QStringLiteral("true"));
    }
}

void TestApisPane::selectsSinglePairs()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    ApisModel *model = m_pane->model();
    // API A on cluster 1 only, and API B on cluster 0 only.
    const int a = proxyRowWhere([model](int r) { return model->pair(r, 1).published; });
    const int b = proxyRowWhere([model, a, this](int r) {
        return model->pair(r, 0).published && r != m_pane->proxy()->mapToSource(cell(a, 0)).row();
    });
    QVERIFY(a >= 0 && b >= 0);
    QSignalSpy counts(m_pane.get(), &Pane::selectionCountChanged);
    click(cell(a, ApisModel::clusterColumn(1)), Qt::NoModifier);
    QCOMPARE(m_pane->selectionCount(), 1);
    const int sourceA = m_pane->proxy()->mapToSource(cell(a, 0)).row();
    const int sourceB = m_pane->proxy()->mapToSource(cell(b, 0)).row();
    QCOMPARE(m_pane->selectedTargets(), QList<ApiTarget>{model->target(sourceA, 1)});
    click(cell(b, ApisModel::clusterColumn(0)), Qt::ControlModifier);
    QCOMPARE(counts.last().at(0).toInt(), 2);

    QList<ApiTarget> expected{model->target(sourceA, 1), model->target(sourceB, 0)};
    if (b < a)
        std::swap(expected[0], expected[1]);
    const QList<ApiTarget> acted = openMenuAndAct();
    QCOMPARE(acted, expected);
    const ApiTarget &first = acted.at(b < a ? 1 : 0);
    QCOMPARE(first.apiId, model->api(sourceA).id);
    QCOMPARE(first.apiName, model->api(sourceA).name);
    QCOMPARE(first.instanceId, model->cluster(1).id);
    QCOMPARE(first.clusterName, model->cluster(1).name);
    QVERIFY(first.published);
    const QJsonObject truth = m_sandbox.client().pair(first.apiId, first.instanceId);
    QCOMPARE(first.status.raw, truth.value(QStringLiteral("status")).toString());

    // A "not published" cell is taken as picked, flagged for the wizard.
    const int c = proxyRowWhere([model](int r) { return !model->pair(r, 2).published; });
    QVERIFY(c >= 0);
    click(cell(c, ApisModel::clusterColumn(2)), Qt::NoModifier);
    const QList<ApiTarget> lone = m_pane->selectedTargets();
    QCOMPARE(lone.size(), 1);
    QVERIFY(!lone.first().published);
    QVERIFY(lone.first().status.raw.isEmpty());
}

void TestApisPane::apiCellStandsForItsPublishedPairs()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    ApisModel *model = m_pane->model();
    // An API published on some clusters but not on all.
    const int row = proxyRowWhere([model](int r) {
        int published = 0;
        for (int c = 0; c < kClusters; ++c)
            published += model->pair(r, c).published ? 1 : 0;
        return published > 0 && published < kClusters;
    });
    QVERIFY(row >= 0);
    const int source = m_pane->proxy()->mapToSource(cell(row, 0)).row();
    click(cell(row, ApisModel::Name), Qt::NoModifier);
    QList<ApiTarget> expected;
    for (int c = 0; c < kClusters; ++c) {
        if (model->pair(source, c).published)
            expected.append(model->target(source, c));
    }
    QCOMPARE(m_pane->selectedTargets(), expected);
    QCOMPARE(m_pane->selectionCount(), expected.size());
    // The toolbar action and its shortcut carry the same list.
    QSignalSpy requested(m_pane.get(), &ApisPane::apiActionRequested);
    QTest::keyClick(m_pane->view(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<QList<ApiTarget>>(), expected);
}

void TestApisPane::selectAllMatchingSelectsPublishedPairs()
{
    QSignalSpy finished(m_pane.get(), &RecordPane::selectAllMatchingFinished);
    m_pane->setSession(m_session.get());
    m_pane->setInstantFilter(QStringLiteral("WANG_FANG"));
    m_pane->selectAllMatching(); // before anything is loaded
    QVERIFY(finished.wait(kLoadTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(m_pane->isComplete());

    ApisModel *model = m_pane->model();
    QList<ApiTarget> expected;
    int rows = 0;
    for (int row = 0; row < m_pane->proxy()->rowCount(); ++row) {
        const int source = m_pane->proxy()->mapToSource(cell(row, 0)).row();
        QCOMPARE(model->api(source).manager, QStringLiteral("wang_fang"));
        ++rows;
        for (int c = 0; c < kClusters; ++c) {
            if (model->pair(source, c).published)
                expected.append(model->target(source, c));
        }
    }
    int managed = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        managed += model->api(r).manager == QLatin1String("wang_fang") ? 1 : 0;
    QCOMPARE(rows, managed);
    QVERIFY(rows > 0 && rows < kApis);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_pane->selectedTargets(), expected);
    QCOMPARE(m_pane->selectionCount(), expected.size());
    QCOMPARE(openMenuAndAct(), expected);
}

// Issue 19, point 1: the pairs chosen stay the pairs chosen when the filter clears or the
// view is sorted; the cells a click picked are shown selected again, hidden ones counted.
void TestApisPane::selectionStaysWhenTheFilterClears()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    ApisModel *model = m_pane->model();
    m_pane->setInstantFilter(QStringLiteral("WANG_FANG"));
    const int shown = m_pane->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < kApis);
    m_pane->selectAllMatching();
    const QList<ApiTarget> matching = m_pane->selectedTargets();
    QVERIFY(!matching.isEmpty());
    QCOMPARE(m_pane->selectionCount(), matching.size());

    m_pane->setInstantFilter(QString());
    QCOMPARE(m_pane->proxy()->rowCount(), kApis);
    QCOMPARE(m_pane->selectionCount(), matching.size());
    QCOMPARE(m_pane->selectionHiddenCount(), 0);
    QCOMPARE(m_pane->selectedTargets(), matching);

    // Ctrl+click an API name of another reviewer: its published pairs join.
    const int other = proxyRowWhere([model](int r) {
        bool published = false;
        for (int c = 0; c < kClusters; ++c)
            published = published || model->pair(r, c).published;
        return published && model->api(r).manager != QLatin1String("wang_fang");
    });
    QVERIFY(other >= 0);
    const int otherSource = m_pane->proxy()->mapToSource(cell(other, 0)).row();
    click(cell(other, ApisModel::Name), Qt::ControlModifier);
    QList<ApiTarget> added;
    for (int c = 0; c < kClusters; ++c) {
        if (model->pair(otherSource, c).published)
            added.append(model->target(otherSource, c));
    }
    const int total = int(matching.size() + added.size());
    QCOMPARE(m_pane->selectionCount(), total);

    // Sorted by a cluster's status: the same pairs, in the model's order; the name cell the
    // click picked is the one shown selected.
    m_pane->view()->horizontalHeader()->setSortIndicator(ApisModel::clusterColumn(0),
                                                         Qt::DescendingOrder);
    QCOMPARE(m_pane->selectionCount(), total);
    const QModelIndex name =
        m_pane->proxy()->mapFromSource(model->index(otherSource, ApisModel::Name));
    QVERIFY(m_pane->view()->selectionModel()->isSelected(name));
    QVERIFY(
        !m_pane->view()->selectionModel()->isSelected(name.siblingAtColumn(ApisModel::Reviewer)));
    QList<ApiTarget> targets = m_pane->selectedTargets();
    QCOMPARE(targets.size(), total);
    for (const ApiTarget &t : std::as_const(added))
        QVERIFY(targets.contains(t));
    for (const ApiTarget &t : matching)
        QVERIFY(targets.contains(t));

    // Filtered to the other reviewer's API only: the rest are hidden, still selected.
    m_pane->setInstantFilter(model->api(otherSource).id);
    QCOMPARE(m_pane->proxy()->rowCount(), 1);
    QCOMPARE(m_pane->selectionCount(), total);
    QCOMPARE(m_pane->selectionHiddenCount(), int(matching.size()));
    QVERIFY2(m_pane->statusText().contains(
                 QStringLiteral("%1 selected, %2 of them hidden by the filter")
                     .arg(QLocale().toString(total), QLocale().toString(matching.size()))),
             qPrintable(m_pane->statusText()));
    m_pane->view()->selectionModel()->setCurrentIndex(cell(0, ApisModel::Name),
                                                      QItemSelectionModel::NoUpdate);
    QCOMPARE(openMenuAndAct().size(), total);
}

void TestApisPane::sortsByAClustersStatus()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    QHeaderView *header = m_pane->view()->horizontalHeader();
    const int column = ApisModel::clusterColumn(1);
    m_pane->view()->scrollTo(cell(0, column));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    QCOMPARE(m_pane->proxy()->sortColumn(), column);
    ApisModel *model = m_pane->model();
    auto rank = [&](int row) {
        const ApisModel::Pair &p = model->pair(m_pane->proxy()->mapToSource(cell(row, 0)).row(), 1);
        return p.published ? int(p.status.value) : -1;
    };
    for (int row = 1; row < kApis; ++row)
        QVERIFY(rank(row - 1) <= rank(row));
    QCOMPARE(rank(0), -1); // "not published" first
    QCOMPARE(cell(0, column).data(roles::Sort).toInt(), -1);
}

void TestApisPane::clusterErrorShowsWithRetry()
{
    m_sandbox.queueFaults(QStringLiteral("fail"), kClustersPath, 2);
    m_pane->setSession(m_session.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->loadBar()->mode(), LoadBar::Mode::Error, 20000);
    QVERIFY(m_pane->statusText().startsWith(QStringLiteral("Loading failed: ")));
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QCOMPARE(m_pane->clusterLoader()->state(), PageLoader::State::Failed);
    QTest::mouseClick(
        m_pane->loadBar()->findChild<QPushButton *>(QStringLiteral("loadRetryButton")),
        Qt::LeftButton);
    waitLoaded();
    QCOMPARE(m_pane->model()->clusterCount(), kClusters);
    QCOMPARE(m_pane->model()->rowCount(), kApis);

    // A failed API page after the clusters: Retry goes on with the APIs.
    m_sandbox.queueFaults(QStringLiteral("fail-500"), kApisPath, 2);
    m_pane->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->loadBar()->mode(), LoadBar::Mode::Error, 20000);
    QCOMPARE(m_pane->model()->rowCount(), kApis); // the rows stay
    QTest::mouseClick(
        m_pane->loadBar()->findChild<QPushButton *>(QStringLiteral("loadRetryButton")),
        Qt::LeftButton);
    waitLoaded();
    QCOMPARE(m_pane->model()->rowCount(), kApis);
}

void TestApisPane::detailsListEveryCluster()
{
    QSignalSpy details(m_pane.get(), &Pane::currentRecordChanged);
    m_pane->setSession(m_session.get());
    waitLoaded();
    click(cell(2, ApisModel::clusterColumn(0)), Qt::NoModifier);
    QVERIFY(!details.isEmpty());
    const auto fields = details.last().at(0).value<Pane::Fields>();
    const int source = m_pane->proxy()->mapToSource(cell(2, 0)).row();
    QStringList labels;
    for (const auto &f : fields)
        labels << f.label;
    QVERIFY(labels.contains(QStringLiteral("Reviewer")));
    for (int c = 0; c < kClusters; ++c)
        QVERIFY2(labels.contains(QStringLiteral("On %1").arg(m_pane->model()->cluster(c).name)),
                 qPrintable(labels.join(u'|')));
    QCOMPARE(fields.last().label, QStringLiteral("ID"));
    QCOMPARE(fields.last().value, m_pane->model()->api(source).id);
}

QTEST_MAIN(TestApisPane)
#include "tst_apis_pane.moc"
