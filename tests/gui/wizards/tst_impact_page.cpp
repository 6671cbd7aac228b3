// The Impact page of both wizards and the panes' "Impact…" dialog, in real (offscreen)
// windows against a real dataarts-sandbox: targets listed by name with the sandbox's ground
// truth, "Leave out the targets with impact" changing what is sent, a refused read shown as
// "impact unknown" (never "no impact") and kept by the "only impact" filter, RECOVER going
// past the page, and the export.
#include "WizardHarness.h"

#include "impact/ImpactDialog.h"
#include "impact/ImpactView.h"
#include "wizards/action/ApiActionWizard.h"
#include "wizards/common/ImpactPage.h"
#include "wizards/offline/OfflineWizard.h"

#include "client/Session.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dataarts;
using namespace dataarts::ui;

namespace {
constexpr int kWaitMs = 60000;
}

class TestImpactPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_language.apply(QStringLiteral("en")));
        QString error;
        QVERIFY2(m_h.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_h.reset(&error), qPrintable(error));
        m_h.sandbox.client().control("DELETE", QStringLiteral("/__sandbox/faults"));
    }

    void offlineWizardLeavesOutTablesWithImpact()
    {
        const QList<BizInfo> withImpact = published(QStringLiteral("readers"), 2);
        const QList<BizInfo> without = published(QStringLiteral("none"), 2);
        QCOMPARE(withImpact.size(), 2);
        QCOMPARE(without.size(), 2);
        auto wizard = openOffline(withImpact + without);
        WizardHarness::next(wizard.get());
        QCOMPARE(wizard->currentId(), int(OfflineWizard::PreflightPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        WizardHarness::next(wizard.get());

        QCOMPARE(wizard->currentId(), int(OfflineWizard::ImpactPageId));
        auto *page = qobject_cast<ImpactPage *>(wizard->currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kWaitMs);
        ImpactView *view = page->view();
        QCOMPARE(view->count(TargetImpact::Verdict::HasImpact), 2);
        QCOMPARE(view->count(TargetImpact::Verdict::NoImpact), 2);
        // Every target by name, its id beside it.
        QTreeWidget *tree = view->tree();
        QCOMPARE(tree->topLevelItemCount(), 4);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QString key = tree->topLevelItem(i)->text(ImpactView::IdColumn);
            const QString id = key.section(QLatin1Char(':'), 1);
            const QString name =
                m_h.sandbox.client().entity(id).value(QStringLiteral("name")).toString();
            QCOMPARE(tree->topLevelItem(i)->text(ImpactView::TargetColumn), name);
        }
        // The reader APIs are listed under the tables that have them.
        const QString firstKey =
            withImpact.at(0).bizType + QLatin1Char(':') + withImpact.at(0).bizId;
        QTreeWidgetItem *first =
            tree->findItems(firstKey, Qt::MatchExactly, ImpactView::IdColumn).value(0);
        QVERIFY(first);
        QVERIFY(first->childCount() >= 1);

        // Only impact: the two without are hidden.
        view->onlyImpactBox()->setChecked(true);
        int shown = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            shown += tree->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 2);

        // One click leaves them out; the check of what is left reads nothing again.
        const qint64 before = requestTotal();
        QVERIFY(page->leaveOutButton()->isEnabled());
        QTest::mouseClick(page->leaveOutButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kWaitMs);
        QCOMPARE(requestTotal(), before);
        QCOMPARE(wizard->toSend(), without);
        QCOMPARE(view->tree()->topLevelItemCount(), 2);
        QCOMPARE(view->count(TargetImpact::Verdict::NoImpact), 2);
        QVERIFY(!page->leaveOutButton()->isEnabled());
        WizardHarness::next(wizard.get());
        QCOMPARE(wizard->currentId(), int(OfflineWizard::ApproverPageId));
        QCOMPARE(wizard->spec().items.size(), 2);
    }

    void refusedReadIsUnknownAndExported()
    {
        const QList<BizInfo> without = published(QStringLiteral("none"), 1);
        QVERIFY(m_h.sandbox.client()
                    .control("POST", QStringLiteral("/__sandbox/faults"),
                             R"({"mode":"forbidden","path":"/asset/entities/search","count":20})")
                    .status == 200);
        auto wizard = openOffline(without);
        WizardHarness::next(wizard.get());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        WizardHarness::next(wizard.get());
        auto *page = qobject_cast<ImpactPage *>(wizard->currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kWaitMs);
        ImpactView *view = page->view();
        QCOMPARE(view->count(TargetImpact::Verdict::Unknown), 1);
        QCOMPARE(view->count(TargetImpact::Verdict::NoImpact), 0);
        QTreeWidgetItem *item = view->tree()->topLevelItem(0);
        QVERIFY(item->text(ImpactView::VerdictColumn).contains(QStringLiteral("unknown")));
        QVERIFY(item->text(ImpactView::DetailColumn).contains(QStringLiteral("DLG.0403")) ||
                item->child(0)->text(ImpactView::IdColumn) == QLatin1String("DLG.0403"));
        view->onlyImpactBox()->setChecked(true);
        QVERIFY(!item->isHidden());
        // Unknown is not "with impact": the leave-out button does not take it.
        QVERIFY(!page->leaveOutButton()->isEnabled());

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("impact.json"));
        QVERIFY2(view->exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject t = doc.value(QStringLiteral("targets")).toArray().at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("verdict")).toString(), QStringLiteral("unknown"));
        const QString csv = dir.filePath(QStringLiteral("impact.csv"));
        QVERIFY(view->exportTo(csv, &error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("unknown:lineage"));
    }

    void actionWizardChecksStopButNotRecover()
    {
        const QJsonObject busy = pair(QStringLiteral("apps=yes&calls=recent&status=PUBLISHED"));
        QVERIFY(!busy.isEmpty());
        ApiTarget target;
        target.apiId = busy.value(QStringLiteral("api_id")).toString();
        target.instanceId = busy.value(QStringLiteral("instance_id")).toString();
        {
            auto wizard = openAction({target});
            WizardHarness::next(wizard.get());
            WizardHarness::alt(wizard.get(), Qt::Key_T); // STOP
            QCOMPARE(wizard->action(), ApiAction::Stop);
            WizardHarness::next(wizard.get());
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
            WizardHarness::next(wizard.get());
            QCOMPARE(wizard->currentId(), int(ApiActionWizard::ImpactPageId));
            auto *page = qobject_cast<ImpactPage *>(wizard->currentPage());
            QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kWaitMs);
            QCOMPARE(page->view()->count(TargetImpact::Verdict::HasImpact), 1);
            const TargetImpact &r = page->view()->results().constFirst();
            QCOMPARE(r.calls.calls(7), busy.value(QStringLiteral("calls_7d"))
                                           .toObject()
                                           .value(QStringLiteral("total"))
                                           .toInteger());
            // The calls column draws the 30 days.
            QTreeWidgetItem *item = page->view()->tree()->topLevelItem(0);
            QVERIFY(!item->text(ImpactView::CallsColumn).isEmpty());
            QVERIFY(WizardHarness::passImpact(wizard.get(), ApiActionWizard::ImpactPageId));
            QCOMPARE(wizard->currentId(), int(ApiActionWizard::TimePageId));
        }
        const QJsonObject stopped =
            m_h.sandbox.client()
                .controlJson("GET", QStringLiteral("/__sandbox/pairs?status=STOPPED&limit=1"))
                .value(QStringLiteral("pairs"))
                .toArray()
                .at(0)
                .toObject();
        ApiTarget recover;
        recover.apiId = stopped.value(QStringLiteral("api_id")).toString();
        recover.instanceId = stopped.value(QStringLiteral("instance_id")).toString();
        auto wizard = openAction({recover});
        WizardHarness::next(wizard.get());
        WizardHarness::alt(wizard.get(), Qt::Key_R); // RECOVER
        QCOMPARE(wizard->action(), ApiAction::Recover);
        WizardHarness::next(wizard.get());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), kWaitMs);
        WizardHarness::next(wizard.get());
        QCOMPARE(wizard->currentId(), int(ApiActionWizard::TimePageId));
    }

    void paneDialogShowsTheReport()
    {
        const QJsonObject busy = pair(QStringLiteral("apps=yes&calls=recent"));
        ImpactDialog dialog(m_h.session.get(),
                            {ImpactTarget::apiCluster(
                                busy.value(QStringLiteral("api_id")).toString(),
                                busy.value(QStringLiteral("instance_id")).toString(),
                                QStringLiteral("named API"), QStringLiteral("named cluster"))});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.view()->isDone(), kWaitMs);
        QCOMPARE(dialog.view()->tree()->topLevelItem(0)->text(ImpactView::TargetColumn),
                 QStringLiteral("named API @ named cluster"));
        QCOMPARE(dialog.view()->count(TargetImpact::Verdict::HasImpact), 1);
        QVERIFY(dialog.view()->exportButton()->isEnabled());
    }

private:
    QList<BizInfo> published(const QString &has, int count)
    {
        QList<BizInfo> out;
        const QJsonArray ids =
            m_h.sandbox.client()
                .controlJson("GET",
                             QStringLiteral("/__sandbox/impact/entities?has=%1&limit=200").arg(has))
                .value(QStringLiteral("biz_ids"))
                .toArray();
        for (const QJsonValue &v : ids) {
            const QJsonObject e = m_h.sandbox.client().entity(v.toString());
            if (e.value(QStringLiteral("status")).toString() != QLatin1String("PUBLISHED"))
                continue;
            out.append(BizInfo{v.toString(), e.value(QStringLiteral("biz_type")).toString(),
                               EnvType::Unknown});
            if (out.size() == count)
                break;
        }
        return out;
    }

    QJsonObject pair(const QString &query)
    {
        return m_h.sandbox.client()
            .controlJson("GET", QStringLiteral("/__sandbox/impact/pairs?%1&limit=1").arg(query))
            .value(QStringLiteral("pairs"))
            .toArray()
            .at(0)
            .toObject();
    }

    qint64 requestTotal()
    {
        return m_h.sandbox.client()
            .stats()
            .value(QStringLiteral("requests"))
            .toObject()
            .value(QStringLiteral("total"))
            .toInteger();
    }

    template <typename W>
    std::unique_ptr<W> show(std::unique_ptr<W> wizard)
    {
        wizard->setUserName(m_h.userName());
        wizard->setProfileName(QStringLiteral("Sandbox"));
        wizard->resize(1000, 700);
        wizard->show();
        QApplication::setActiveWindow(wizard.get());
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qWarning("wizard window not active");
        return wizard;
    }
    std::unique_ptr<OfflineWizard> openOffline(const QList<BizInfo> &selection)
    {
        return show(
            std::make_unique<OfflineWizard>(m_h.session.get(), m_h.engine.get(), selection));
    }
    std::unique_ptr<ApiActionWizard> openAction(const QList<ApiTarget> &selection)
    {
        return show(
            std::make_unique<ApiActionWizard>(m_h.session.get(), m_h.engine.get(), selection));
    }

    WizardHarness m_h{{QStringLiteral("--tables"), QStringLiteral("1200"), QStringLiteral("--apis"),
                       QStringLiteral("120"), QStringLiteral("--clusters"), QStringLiteral("2"),
                       QStringLiteral("--action-ms"), QStringLiteral("1")}};
    Language m_language;
};

QTEST_MAIN(TestImpactPage)
#include "tst_impact_page.moc"
