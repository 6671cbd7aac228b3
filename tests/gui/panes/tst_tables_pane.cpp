// The Tables pane against a real dataarts-sandbox (5,000 tables) over loopback, in a real
// (offscreen) window: loading in pages of 100 with a visible count, server-side and instant
// filters, sorting by raw values, "select all matching" that loads the rest, the context
// menu that asks for the batch-offline wizard with exactly the selection, the error strip
// and its Retry after a sandbox 5xx, and a session switch that drops the rows.
#include "PaneSandbox.h"

#include "i18n/Language.h"
#include "panes/common/ItemRoles.h"
#include "panes/common/LoadBar.h"
#include "panes/common/RecordFilterProxy.h"
#include "panes/tables/TablesFilterBar.h"
#include "panes/tables/TablesModel.h"
#include "panes/common/StatusText.h"
#include "panes/tables/TablesPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

constexpr int kTables = 5000;
constexpr int kLoadTimeoutMs = 60000;
const QString kTablesPath = QStringLiteral("/design/all-tables$");

} // namespace

class TestTablesPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsEveryTableInPagesOf100();
    void serverFiltersRequery();
    void instantFilterFiltersLoadedRows();
    void sortsEveryColumnByRawValue();
    void selectAllMatchingLoadsTheRest();
    void selectAllMatchingCanBeCancelled();
    void selectionStaysWhenTheFilterClears();
    void contextMenuAsksToTakeTheSelectionOffline();
    void serverErrorShowsWithRetry();
    void failedPageKeepsRowsAndRetriesOnlyIt();
    void refreshKeepsTheSelection();
    void switchingSessionDropsRows();
    void detailsFollowTheCurrentRow();
    void retranslatesOnLanguageChange();

private:
    void waitLoaded();
    QModelIndex proxyIndexOfId(const QString &id, int column = 0) const;
    void clickRow(int proxyRow, Qt::KeyboardModifiers modifiers);

    PaneSandbox m_sandbox;
    Language m_language;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<TablesPane> m_pane;
};

void TestTablesPane::initTestCase()
{
    // English with its plural forms, and its number format (5,000), whatever the machine.
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestTablesPane::init()
{
    m_session = m_sandbox.newSession();
    // No QAbstractItemModelTester here: it walks every cell on every signal, which at
    // 5,000 rows costs minutes; tests/models runs it over the same models.
    m_pane = std::make_unique<TablesPane>();
    m_pane->resize(1400, 700);
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

void TestTablesPane::cleanup()
{
    m_sandbox.clearFaults();
    m_pane.reset();
    m_session.reset();
}

void TestTablesPane::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->isComplete(), kLoadTimeoutMs);
}

QModelIndex TestTablesPane::proxyIndexOfId(const QString &id, int column) const
{
    const int row = m_pane->model()->rowOfId(id);
    if (row < 0)
        return {};
    return m_pane->proxy()->mapFromSource(m_pane->model()->index(row, column));
}

void TestTablesPane::clickRow(int proxyRow, Qt::KeyboardModifiers modifiers)
{
    QTableView *view = m_pane->view();
    const QModelIndex index = m_pane->proxy()->index(proxyRow, TablesModel::Name);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

void TestTablesPane::loadsEveryTableInPagesOf100()
{
    QSignalSpy loading(m_pane.get(), &Pane::loadingChanged);
    QSignalSpy status(m_pane.get(), &Pane::statusTextChanged);
    m_sandbox.markRequests(kTablesPath);
    m_pane->setSession(m_session.get());
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(m_pane->loadBar()->mode(), LoadBar::Mode::Loading);
    QVERIFY(m_pane->loadBar()
                ->findChild<QPushButton *>(QStringLiteral("loadCancelButton"))
                ->isVisible());
    waitLoaded();

    QCOMPARE(m_pane->model()->rowCount(), kTables);
    QCOMPARE(m_pane->proxy()->rowCount(), kTables);
    QCOMPARE(loading.last().at(0).toBool(), false);
    QCOMPARE(m_pane->loadBar()->mode(), LoadBar::Mode::Idle);
    // A visible count while loading, a total at the end (numbers through QLocale).
    QStringList texts;
    for (const QList<QVariant> &args : std::as_const(status))
        texts << args.at(0).toString();
    QVERIFY2(texts.contains(QStringLiteral("Loaded 100 of 5,000 tables")),
             qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("Loaded 4,900 of 5,000 tables")));
    QCOMPARE(m_pane->statusText(), QStringLiteral("5,000 tables"));

    // Pages of 100 at offsets 0, 100, 200, ...; every type asked for; no page twice.
    const QList<QUrlQuery> queries = m_sandbox.requestsSinceMark(kTablesPath);
    QCOMPARE(queries.size(), kTables / 100);
    for (int i = 0; i < queries.size(); ++i) {
        QCOMPARE(queries.at(i).queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(queries.at(i).queryItemValue(QStringLiteral("offset")), QString::number(i * 100));
        QCOMPARE(queries.at(i).allQueryItemValues(QStringLiteral("biz_type_list")).size(), 5);
    }
    // Every id once, each row's cells as the model says.
    QSet<QString> ids;
    for (int row = 0; row < kTables; ++row)
        ids.insert(m_pane->model()->record(row).id);
    QCOMPARE(ids.size(), kTables);
    const QModelIndex status0 = m_pane->model()->index(0, TablesModel::Status);
    QVERIFY(!status0.data().toString().isEmpty());
    QVERIFY(status0.data(roles::Tone).isValid()); // drawn as a badge
    QVERIFY(!m_pane->model()->index(0, TablesModel::Name).data(roles::Tone).isValid());
}

void TestTablesPane::serverFiltersRequery()
{
    m_pane->setSession(m_session.get());
    waitLoaded();

    m_sandbox.markRequests(kTablesPath);
    QComboBox *status = m_pane->filterBar()->statusCombo();
    status->setCurrentIndex(status->findData(QStringLiteral("PUBLISHED")));
    QVERIFY(m_pane->isLoading());
    QVERIFY(m_pane->model()->rowCount() < kTables); // dropped, loading again
    waitLoaded();
    const int published = m_pane->model()->rowCount();
    QVERIFY(published > 0 && published < kTables);
    for (int row = 0; row < published; ++row)
        QCOMPARE(m_pane->model()->record(row).status.value, BizStatus::Published);
    QList<QUrlQuery> queries = m_sandbox.requestsSinceMark(kTablesPath);
    QVERIFY(!queries.isEmpty());
    QCOMPARE(queries.first().queryItemValue(QStringLiteral("status")), QStringLiteral("PUBLISHED"));
    QCOMPARE(queries.first().queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));

    QComboBox *type = m_pane->filterBar()->typeCombo();
    type->setCurrentIndex(type->findData(QStringLiteral("FACT_LOGIC_TABLE")));
    waitLoaded();
    QVERIFY(m_pane->model()->rowCount() > 0);
    for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
        QCOMPARE(m_pane->model()->record(row).bizType, QStringLiteral("FACT_LOGIC_TABLE"));
        QCOMPARE(m_pane->model()->record(row).status.value, BizStatus::Published);
    }

    // The name goes to the server on Enter.
    status->setCurrentIndex(0);
    type->setCurrentIndex(0);
    waitLoaded();
    m_sandbox.markRequests(kTablesPath);
    QLineEdit *name = m_pane->filterBar()->nameEdit();
    QTest::keyClicks(name, QStringLiteral("Order"));
    QCOMPARE(m_pane->model()->rowCount(), kTables); // not sent yet
    QTest::keyClick(name, Qt::Key_Return);
    waitLoaded();
    queries = m_sandbox.requestsSinceMark(kTablesPath);
    QVERIFY(!queries.isEmpty());
    QCOMPARE(queries.first().queryItemValue(QStringLiteral("name")), QStringLiteral("Order"));
    QVERIFY(m_pane->model()->rowCount() > 0);
    QVERIFY(m_pane->model()->rowCount() < kTables);
}

void TestTablesPane::instantFilterFiltersLoadedRows()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    TablesModel *model = m_pane->model();
    auto expected = [model](const QStringList &words) {
        int n = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const AllTable t = model->record(row);
            bool all = true;
            for (const QString &w : words)
                all = all && (t.name.contains(w, Qt::CaseInsensitive) ||
                              t.code.contains(w, Qt::CaseInsensitive) || t.id.contains(w));
            n += all ? 1 : 0;
        }
        return n;
    };

    m_sandbox.markRequests(kTablesPath);
    QLineEdit *edit = m_pane->instantFilterEdit();
    QTest::keyClicks(edit, QStringLiteral("ORDER"));
    const int orders = expected({QStringLiteral("order")});
    QVERIFY(orders > 0 && orders < kTables);
    QCOMPARE(m_pane->proxy()->rowCount(), orders); // at once, no request
    QVERIFY(m_sandbox.requestsSinceMark(kTablesPath).isEmpty());
    QCOMPARE(m_pane->statusText(),
             QStringLiteral("Showing %1 of 5,000 tables").arg(QLocale().toString(orders)));

    QTest::keyClicks(edit, QStringLiteral(" detail"));
    QCOMPARE(m_pane->proxy()->rowCount(),
             expected({QStringLiteral("order"), QStringLiteral("detail")}));

    edit->clear();
    edit->insert(QStringLiteral("订单")); // as an input method commits it
    const int chinese = expected({QStringLiteral("订单")});
    QVERIFY(chinese > 0);
    QCOMPARE(m_pane->proxy()->rowCount(), chinese);

    edit->clear();
    QCOMPARE(m_pane->proxy()->rowCount(), kTables);
    QCOMPARE(m_pane->statusText(), QStringLiteral("5,000 tables"));
}

void TestTablesPane::sortsEveryColumnByRawValue()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    QHeaderView *header = m_pane->view()->horizontalHeader();
    RecordFilterProxy *proxy = m_pane->proxy();
    TablesModel *model = m_pane->model();
    auto recordAt = [&](int proxyRow) -> AllTable {
        return model->record(proxy->mapToSource(proxy->index(proxyRow, 0)).row());
    };
    // Server order until a header is clicked.
    QCOMPARE(proxy->sortColumn(), -1);
    QCOMPARE(recordAt(0).id, model->record(0).id);

    for (int column = 0; column < TablesModel::ColumnCount; ++column) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
        QCOMPARE(proxy->sortColumn(), column);
        QCOMPARE(proxy->sortOrder(), Qt::AscendingOrder);
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const QVariant a = proxy->index(row - 1, column).data(roles::Sort);
            const QVariant b = proxy->index(row, column).data(roles::Sort);
            if (column == TablesModel::Id) {
                const QString l = a.toString(), r = b.toString();
                QVERIFY2(l.size() < r.size() || (l.size() == r.size() && l < r),
                         qPrintable(QString(l + u' ' + r)));
            } else if (column == TablesModel::Name || column == TablesModel::Code ||
                       column == TablesModel::Database) {
                QVERIFY(a.toString().compare(b.toString(), Qt::CaseInsensitive) <= 0);
            } else if (a.typeId() == QMetaType::QString) {
                QVERIFY(a.toString() <= b.toString());
            } else {
                QVERIFY2(a.toLongLong() <= b.toLongLong(), qPrintable(QString::number(column)));
            }
        }
    }
    // Updated sorts by time, not by the displayed text; status by its place in the workflow.
    header->setSortIndicator(TablesModel::Updated, Qt::DescendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(recordAt(row - 1).updateTime >= recordAt(row).updateTime);
    header->setSortIndicator(TablesModel::Status, Qt::AscendingOrder);
    QCOMPARE(recordAt(0).status.value, BizStatus::Draft);
    QCOMPARE(recordAt(proxy->rowCount() - 1).status.value, BizStatus::Reject);
}

void TestTablesPane::selectAllMatchingLoadsTheRest()
{
    QSignalSpy counts(m_pane.get(), &Pane::selectionCountChanged);
    QSignalSpy finished(m_pane.get(), &RecordPane::selectAllMatchingFinished);
    m_sandbox.markRequests(kTablesPath);
    m_pane->setSession(m_session.get());
    QTRY_VERIFY(m_pane->model()->rowCount() >= 300);
    m_pane->cancelLoading();
    QCOMPARE(m_pane->loadBar()->mode(), LoadBar::Mode::Cancelled);
    QVERIFY(m_pane->loadBar()
                ->findChild<QPushButton *>(QStringLiteral("loadResumeButton"))
                ->isVisible());
    const int loadedBefore = m_pane->model()->rowCount();
    QVERIFY(loadedBefore < kTables);
    QVERIFY(m_pane->statusText().endsWith(QStringLiteral("(stopped)")));

    m_pane->setInstantFilter(QStringLiteral("order"));
    m_pane->selectAllMatching();
    QVERIFY(m_pane->isSelectAllPending());
    QVERIFY(m_pane->isLoading());
    // The pane says why it loads.
    QVERIFY2(m_pane->statusText().startsWith(QStringLiteral("Loading the remaining ")),
             qPrintable(m_pane->statusText()));
    QVERIFY(m_pane->statusText().endsWith(QStringLiteral("to select all that match…")));
    QVERIFY(finished.wait(kLoadTimeoutMs));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(m_pane->model()->rowCount(), kTables);

    // Everything that matches, loaded before or after, is selected; nothing else.
    int matching = 0;
    for (int row = 0; row < kTables; ++row) {
        const AllTable t = m_pane->model()->record(row);
        matching += t.name.contains(QStringLiteral("order"), Qt::CaseInsensitive) ||
                    t.code.contains(QStringLiteral("order"), Qt::CaseInsensitive);
    }
    QCOMPARE(m_pane->proxy()->rowCount(), matching);
    QCOMPARE(m_pane->selectedTables().size(), matching);
    QCOMPARE(m_pane->selectionCount(), matching);
    QCOMPARE(counts.last().at(0).toInt(), matching);
    QVERIFY(m_pane->takeOfflineAction()->isEnabled());

    // The pages that had arrived before the cancel were not asked for again (only the
    // one in flight when it came, which the cancel aborted).
    QHash<int, int> asked;
    for (const QUrlQuery &q : m_sandbox.requestsSinceMark(kTablesPath))
        ++asked[q.queryItemValue(QStringLiteral("offset")).toInt()];
    QCOMPARE(asked.size(), kTables / 100);
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        if (it.key() != loadedBefore)
            QCOMPARE(it.value(), 1);
    }
    QVERIFY(asked.value(loadedBefore) <= 2);
}

void TestTablesPane::selectAllMatchingCanBeCancelled()
{
    QSignalSpy finished(m_pane.get(), &RecordPane::selectAllMatchingFinished);
    m_pane->setSession(m_session.get());
    m_pane->selectAllMatching();
    QTRY_VERIFY(m_pane->model()->rowCount() >= 200);
    QVERIFY(m_pane->isSelectAllPending());
    QTest::mouseClick(
        m_pane->loadBar()->findChild<QPushButton *>(QStringLiteral("loadCancelButton")),
        Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!m_pane->isSelectAllPending());
    QCOMPARE(m_pane->selectionCount(), 0);
    QVERIFY(m_pane->selectedTables().isEmpty());
    QVERIFY(!m_pane->takeOfflineAction()->isEnabled());
}

// Issue 19, point 1: the selection is the records chosen, not the view's row ranges, so
// clearing the instant filter or sorting neither grows nor shifts it.
void TestTablesPane::selectionStaysWhenTheFilterClears()
{
    QSignalSpy requested(m_pane.get(), &TablesPane::takeOfflineRequested);
    m_pane->setSession(m_session.get());
    waitLoaded();
    m_pane->setInstantFilter(QStringLiteral("order"));
    const int matching = m_pane->proxy()->rowCount();
    QVERIFY(matching > 0 && matching < kTables);
    QSet<QString> chosen;
    for (int row = 0; row < matching; ++row)
        chosen.insert(m_pane->model()->id(
            m_pane->proxy()->mapToSource(m_pane->proxy()->index(row, 0)).row()));
    m_pane->selectAllMatching();
    QCOMPARE(m_pane->selectionCount(), matching);

    const auto idsOf = [](const QList<BizInfo> &items) {
        QSet<QString> ids;
        for (const BizInfo &info : items)
            ids.insert(info.bizId);
        return ids;
    };
    m_pane->setInstantFilter(QString());
    QCOMPARE(m_pane->proxy()->rowCount(), kTables);
    QTRY_COMPARE(m_pane->selectionCount(), matching);
    QCOMPARE(m_pane->selectedTables().size(), matching);
    QCOMPARE(idsOf(m_pane->selectedTables()), chosen);
    // Sorted (and sorted back): the same records.
    m_pane->view()->horizontalHeader()->setSortIndicator(TablesModel::Name, Qt::AscendingOrder);
    QTRY_COMPARE(m_pane->selectionCount(), matching);
    QCOMPARE(idsOf(m_pane->selectedTables()), chosen);
    m_pane->view()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QTRY_COMPARE(m_pane->selectionCount(), matching);
    // The view shows exactly those rows selected.
    QSet<QString> shown;
    const QModelIndexList rows = m_pane->view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        shown.insert(m_pane->model()->id(m_pane->proxy()->mapToSource(index).row()));
    QCOMPARE(shown, chosen);
    QVERIFY2(m_pane->statusText().contains(QLocale().toString(matching) + u" selected"),
             qPrintable(m_pane->statusText()));

    // The wizard gets exactly those.
    m_pane->takeOfflineAction()->trigger();
    QCOMPARE(requested.count(), 1);
    const auto items = requested.at(0).at(0).value<QList<BizInfo>>();
    QCOMPARE(items.size(), matching);
    QCOMPARE(idsOf(items), chosen);

    // Filtered again by another word: the hidden ones stay selected, and the pane says so.
    m_pane->setInstantFilter(QStringLiteral("user"));
    const int shownNow = m_pane->proxy()->rowCount();
    int shownSelected = 0;
    for (int row = 0; row < shownNow; ++row)
        shownSelected += chosen.contains(m_pane->model()->id(
            m_pane->proxy()->mapToSource(m_pane->proxy()->index(row, 0)).row()));
    QTRY_COMPARE(m_pane->selectionCount(), matching);
    const int hidden = matching - shownSelected;
    QVERIFY(hidden > 0);
    QVERIFY2(m_pane->statusText().contains(QLocale().toString(hidden) +
                                           u" of them hidden by the filter"),
             qPrintable(m_pane->statusText()));
}

void TestTablesPane::contextMenuAsksToTakeTheSelectionOffline()
{
    QSignalSpy requested(m_pane.get(), &TablesPane::takeOfflineRequested);
    QSignalSpy counts(m_pane.get(), &Pane::selectionCountChanged);
    m_pane->setSession(m_session.get());
    waitLoaded();

    clickRow(3, Qt::NoModifier);
    clickRow(7, Qt::ControlModifier);
    clickRow(120, Qt::ControlModifier);
    QCOMPARE(m_pane->selectionCount(), 3);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QList<BizInfo> expected;
    for (const int row : {3, 7, 120}) {
        const AllTable t = m_pane->model()->record(
            m_pane->proxy()->mapToSource(m_pane->proxy()->index(row, 0)).row());
        BizInfo info;
        info.bizId = t.id;
        info.bizType = t.bizType;
        expected.append(info);
    }

    QTableView *view = m_pane->view();
    const QPoint at = view->visualRect(m_pane->proxy()->index(120, TablesModel::Name)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), QStringLiteral("paneContextMenu"));
    QAction *takeOffline = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("takeOfflineAction"))
            takeOffline = action;
    }
    QVERIFY(takeOffline);
    QVERIFY(takeOffline->isEnabled());
    QCOMPARE(takeOffline->text(), QStringLiteral("Take offline…"));
    takeOffline->trigger();
    menu->close();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));

    QCOMPARE(requested.count(), 1);
    const auto items = requested.at(0).at(0).value<QList<BizInfo>>();
    QCOMPARE(items, expected);
    // The sandbox's own word on those entities: their kinds are what was sent.
    for (const BizInfo &info : items) {
        const QJsonObject entity = m_sandbox.client().entity(info.bizId);
        QCOMPARE(entity.value(QStringLiteral("biz_type")).toString(), info.bizType);
    }

    // The toolbar action and its shortcut do the same.
    clickRow(0, Qt::NoModifier);
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<QList<BizInfo>>().size(), 1);
    QCOMPARE(requested.at(1).at(0).value<QList<BizInfo>>().first().bizId,
             m_pane->model()
                 ->record(m_pane->proxy()->mapToSource(m_pane->proxy()->index(0, 0)).row())
                 .id);
}

void TestTablesPane::serverErrorShowsWithRetry()
{
    // Two 503s: the first attempt and its one retry.
    m_sandbox.queueFaults(QStringLiteral("fail"), kTablesPath, 2);
    QSignalSpy status(m_pane.get(), &Pane::statusTextChanged);
    m_pane->setSession(m_session.get());
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->loadBar()->mode(), LoadBar::Mode::Error, 20000);
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QVERIFY(!m_pane->isLoading());
    auto *retry = m_pane->loadBar()->findChild<QPushButton *>(QStringLiteral("loadRetryButton"));
    QVERIFY(retry->isVisible());
    QVERIFY2(m_pane->statusText().startsWith(QStringLiteral("Loading failed: ")),
             qPrintable(m_pane->statusText()));
    QVERIFY2(m_pane->loadBar()->text().contains(QStringLiteral("APIGW.0203")),
             qPrintable(m_pane->loadBar()->text()));
    QCOMPARE(status.last().at(0).toString(), m_pane->statusText());

    QTest::mouseClick(retry, Qt::LeftButton);
    waitLoaded();
    QCOMPARE(m_pane->model()->rowCount(), kTables);
    QCOMPARE(m_pane->loadBar()->mode(), LoadBar::Mode::Idle);
    QVERIFY(!retry->isVisible());
}

void TestTablesPane::failedPageKeepsRowsAndRetriesOnlyIt()
{
    m_sandbox.markRequests(kTablesPath);
    m_pane->setSession(m_session.get());
    QTRY_VERIFY(m_pane->model()->rowCount() >= 200);
    m_pane->cancelLoading();
    const int kept = m_pane->model()->rowCount();
    const int failedOffset = m_pane->recordLoader()->nextOffset();
    QCOMPARE(failedOffset % 100, 0);
    QCOMPARE(kept, failedOffset);

    m_sandbox.queueFaults(QStringLiteral("fail-500"), kTablesPath, 2);
    QTest::mouseClick(
        m_pane->loadBar()->findChild<QPushButton *>(QStringLiteral("loadResumeButton")),
        Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->loadBar()->mode(), LoadBar::Mode::Error, 20000);
    QCOMPARE(m_pane->model()->rowCount(), kept); // never a silent empty list

    QTest::mouseClick(
        m_pane->loadBar()->findChild<QPushButton *>(QStringLiteral("loadRetryButton")),
        Qt::LeftButton);
    waitLoaded();
    QCOMPARE(m_pane->model()->rowCount(), kTables);
    // Offsets: each page once, except the failed one: asked for by its attempt and the
    // session's one retry (both 503), then by Retry; and maybe once more before, when the
    // cancel aborted it in flight.
    QHash<int, int> asked;
    for (const QUrlQuery &q : m_sandbox.requestsSinceMark(kTablesPath))
        ++asked[q.queryItemValue(QStringLiteral("offset")).toInt()];
    QCOMPARE(asked.size(), kTables / 100);
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        if (it.key() != failedOffset)
            QCOMPARE(it.value(), 1);
    }
    QVERIFY(asked.value(failedOffset) == 3 || asked.value(failedOffset) == 4);
}

void TestTablesPane::refreshKeepsTheSelection()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    clickRow(10, Qt::NoModifier);
    const QString id = m_pane->selectedTables().first().bizId;
    QSignalSpy resets(m_pane->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_pane->model(), &QAbstractItemModel::rowsInserted);
    m_pane->refresh();
    QVERIFY(m_pane->isLoading());
    QCOMPARE(m_pane->model()->rowCount(), kTables); // rows stay while the refresh runs
    waitLoaded();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_pane->model()->rowCount(), kTables);
    QCOMPARE(m_pane->selectedTables().size(), 1);
    QCOMPARE(m_pane->selectedTables().first().bizId, id);
}

void TestTablesPane::switchingSessionDropsRows()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    clickRow(1, Qt::NoModifier);
    QCOMPARE(m_pane->selectionCount(), 1);

    // Another sandbox with other data: nothing of the first one may stay.
    PaneSandbox other({QStringLiteral("--tables"), QStringLiteral("250"), QStringLiteral("--seed"),
                       QStringLiteral("7")});
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    std::unique_ptr<Session> session = other.newSession();
    QSignalSpy counts(m_pane.get(), &Pane::selectionCountChanged);
    m_pane->setSession(session.get());
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QTRY_COMPARE(m_pane->selectionCount(), 0);
    waitLoaded();
    QCOMPARE(m_pane->model()->rowCount(), 250);
    QCOMPARE(m_pane->statusText(), QStringLiteral("250 tables"));

    m_pane->setSession(nullptr);
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QCOMPARE(m_pane->statusText(), QStringLiteral("Not connected"));
    QVERIFY(!m_pane->refreshAction()->isEnabled());
}

void TestTablesPane::detailsFollowTheCurrentRow()
{
    QSignalSpy details(m_pane.get(), &Pane::currentRecordChanged);
    m_pane->setSession(m_session.get());
    waitLoaded();
    clickRow(5, Qt::NoModifier);
    QVERIFY(!details.isEmpty());
    const auto fields = details.last().at(0).value<Pane::Fields>();
    const AllTable t =
        m_pane->model()->record(m_pane->proxy()->mapToSource(m_pane->proxy()->index(5, 0)).row());
    QStringList labels;
    for (const auto &field : fields)
        labels << field.label;
    QCOMPARE(labels,
             (QStringList{QStringLiteral("Name"), QStringLiteral("Code"), QStringLiteral("Type"),
                          QStringLiteral("Status"), QStringLiteral("Database"),
                          QStringLiteral("Warehouse type"), QStringLiteral("Workspace"),
                          QStringLiteral("Updated"), QStringLiteral("ID")}));
    QCOMPARE(fields.at(0).value, t.name);
    // Type and status by their names; the server's words in the tooltips.
    QCOMPARE(fields.at(2).value, StatusText::tableType(t.bizType));
    QCOMPARE(fields.at(2).toolTip, QStringLiteral("As sent: ") + t.bizType);
    QCOMPARE(fields.at(3).value, StatusText::bizStatus(t.status));
    QCOMPARE(fields.at(3).toolTip, QStringLiteral("As sent: ") + t.status.raw);
    QCOMPARE(fields.last().value, t.id);

    m_pane->setSession(nullptr);
    QVERIFY(details.last().at(0).value<Pane::Fields>().isEmpty());
}

void TestTablesPane::retranslatesOnLanguageChange()
{
    m_pane->setSession(m_session.get());
    waitLoaded();
    clickRow(0, Qt::NoModifier);
    QSignalSpy headers(m_pane->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy title(m_pane.get(), &Pane::titleChanged);
    QSignalSpy details(m_pane.get(), &Pane::currentRecordChanged);
    QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
    QTRY_VERIFY(!headers.isEmpty());
    QVERIFY(!title.isEmpty());
    QCOMPARE(m_pane->title(), QStringLiteral("数据表"));
    QCOMPARE(m_pane->model()->headerData(TablesModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("名称"));
    QCOMPARE(m_pane->takeOfflineAction()->text(), QStringLiteral("下线…"));
    QVERIFY(!details.isEmpty()); // the details panel gets its labels again
    QCOMPARE(details.last().at(0).value<Pane::Fields>().first().label, QStringLiteral("名称"));
    QVERIFY(m_pane->statusText().contains(QStringLiteral("5,000")) ||
            m_pane->statusText().contains(QStringLiteral("5000")));
    QVERIFY(m_language.apply(QStringLiteral("en")));
    QTRY_COMPARE(m_pane->model()->headerData(TablesModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
    QTRY_COMPARE(m_pane->statusText(), QStringLiteral("5,000 tables, 1 selected"));
    QCOMPARE(m_pane->selectionCount(), 1); // the language leaves the selection
}

QTEST_MAIN(TestTablesPane)
#include "tst_tables_pane.moc"
