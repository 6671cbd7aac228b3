// No raw server enum in the Chinese window (issue 20): the real application on the built-in
// Sandbox in Simplified Chinese, walked through every pane (rows selected, the Details
// dock), both Approvals lists, the approval dialogs, every page of the batch-offline and
// API-action wizards (both submitted) and the Progress dock with each run open. Every text
// a user reads there (uiText::visibleTexts: labels, buttons, combo items, headers and cells,
// tab texts, …; tooltips and accessible descriptions excepted, where the raw value is kept
// on purpose) is cut into words, and no word may be a wire value the client knows: a
// status, type, action or kind of dto/Enums.h, one of the 40 business-entity types, an item
// state or a run kind. Placeholders showing the input syntax and TYPE:ID identifiers (the
// CLI's --entity form, copied whole) are not words.
#include "LayoutCheck.h"
#include "VisibleTexts.h"
#include "WindowWalk.h"

#include "GuiTestSupport.h"

#include "panes/approvals/ApprovalsPane.h"
#include "progress/ProgressView.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/PaneArea.h"
#include "shell/Workflow.h"

#include "connection/SandboxLauncher.h"
#include "dto/BizType.h"
#include "dto/Enums.h"
#include "i18n/Language.h"
#include "runmodel/ItemState.h"
#include "runmodel/RunKind.h"
#include "runs/RunCenter.h"

#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

using namespace dataarts;
using namespace dataarts::ui;

namespace {


template <typename E>
void addNames(QSet<QString> *names)
{
    for (E value : enumValues<E>()) {
        const QString name = enumName(value);
        if (!name.isEmpty())
            names->insert(name);
    }
}

QSet<QString> rawValues()
{
    QSet<QString> names;
    addNames<EnvType>(&names);
    addNames<BizStatus>(&names);
    addNames<OperationStatus>(&names);
    addNames<ApprovalStatus>(&names);
    addNames<ApprovalType>(&names);
    addNames<ApproverUserType>(&names);
    addNames<SyncStatus>(&names);
    addNames<ApiStatus>(&names);
    // Publish states also travel without their prefix (WAITING_STOP, STOPPED, …).
    for (ApiStatus status : enumValues<ApiStatus>())
        names.insert(enumName(status).remove(QStringLiteral("API_STATUS_")));
    addNames<ApiDebugStatus>(&names);
    addNames<ApiAction>(&names);
    addNames<ApiType>(&names);
    addNames<ApplyStatus>(&names);
    addNames<ApplyType>(&names);
    addNames<ModelType>(&names);
    for (const QString &type : bizTypes::all())
        names.insert(type);
    for (ItemState state : {ItemState::Queued, ItemState::Sending, ItemState::Success,
                            ItemState::Failed, ItemState::PendingApproval, ItemState::Scheduled,
                            ItemState::Unknown, ItemState::Cancelled})
        names.insert(itemStates::name(state));
    for (RunKind kind : {RunKind::BatchOffline, RunKind::BatchPublish, RunKind::ApiAction,
                         RunKind::ApprovalResolve, RunKind::ApprovalReject,
                         RunKind::ApprovalWithdraw, RunKind::MessageConfirm,
                         RunKind::ApplicationReview})
        names.insert(runKinds::name(kind));
    return names;
}

} // namespace

class TestWindowWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void noRawEnumInTheChineseWindow();

private:
    void check(const QString &what, QWidget *window);

    Language m_language;
    std::unique_ptr<AppController> m_app;
    QSet<QString> m_raw;
    QStringList m_found;
};

void TestWindowWords::initTestCase()
{
    m_raw = rawValues();
    QVERIFY(m_raw.contains(QStringLiteral("TIME_CONDITION")));
    QVERIFY(m_raw.contains(QStringLiteral("DEVELOPING")));
    QVERIFY(m_raw.contains(QStringLiteral("WAITING_STOP")));
    QVERIFY(m_raw.contains(QStringLiteral("API_STATUS_WAITING_STOP")));
    a11yTest::open(m_app, &m_language, QStringLiteral("zh_CN"));
    m_app->window()->resize(1400, 900);
    a11yTest::startOnSandbox(m_app.get());
}

void TestWindowWords::cleanupTestCase()
{
    a11yTest::quit(m_app);
}

void TestWindowWords::check(const QString &what, QWidget *window)
{
    static const QRegularExpression word(QStringLiteral("[A-Z][A-Z0-9_]*[A-Z0-9]"));
    for (const uiText::VisibleText &text : uiText::visibleTexts(window)) {
        // Tooltips and accessible descriptions keep the raw value on purpose; a placeholder
        // shows the input syntax (TABLE_MODEL,885123875376193536).
        if (text.where.contains(QLatin1String("tip")) ||
            text.where.contains(QLatin1String("accessible")) ||
            text.where.startsWith(QLatin1String("placeholder")))
            continue;
        for (auto it = word.globalMatch(text.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString w = m.captured();
            // TYPE:ID is an identifier, the CLI's --entity syntax, copied whole.
            if (text.text.mid(m.capturedEnd(), 1) == QLatin1String(":"))
                continue;
            if (m_raw.contains(w))
                m_found << QStringLiteral("%1: %2 in “%3” (%4)").arg(what, w, text.text, text.where);
        }
    }
}

void TestWindowWords::noRawEnumInTheChineseWindow()
{
    a11yTest::WindowWalk walk(m_app.get(), [this](const QString &what, QWidget *window) {
        check(what, window);
    });
    walk.everything({}, true);
    ProgressView *progress = m_app->workflow()->progressView();
    QTRY_COMPARE(progress->selectedRunId(), walk.apiRunId());
    progress->treeView()->expandAll();
    check(QStringLiteral("Progress dock, API run"), m_app->window());
    walk.panes(); // the History pane lists both runs

    QVERIFY2(m_found.isEmpty(),
             qPrintable(a11yTest::warnEach(&m_found, QStringLiteral("raw values shown"))));
}

DESK_GUI_TEST_MAIN(TestWindowWords)
#include "tst_window_words.moc"
