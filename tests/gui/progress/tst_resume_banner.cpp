// The start-up offer in an offscreen window: a journal with an interrupted run of the
// profile (one item left SENDING by a crash, the rest QUEUED) makes the banner appear when
// the session opens; Show asks for the run, Resume continues it to the end (the SENDING
// item reconciled, nothing applied twice) and hides the banner. The views retranslate live.
#include "ProgressFixture.h"

#include "history/HistoryView.h"
#include "i18n/Language.h"
#include "progress/ProgressView.h"
#include "progress/ResumeBanner.h"
#include "progress/RunListModel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace dataarts;
using namespace dataarts::ui;

class TestResumeBanner : public QObject
{
    Q_OBJECT

private:
    EngineHarness h{{QStringLiteral("--tables"), QStringLiteral("20"), QStringLiteral("--apis"),
                     QStringLiteral("60"), QStringLiteral("--clusters"), QStringLiteral("2"),
                     QStringLiteral("--rate-limit"), QStringLiteral("off")}};
    Language m_language;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(h.start(&error), qPrintable(error));
        QVERIFY(m_language.apply(QStringLiteral("en"))); // the English plural forms
    }

    void offersShowsAndResumes()
    {
        QList<QPair<QString, QString>> pairs;
        for (const QJsonValue &v : h.pairs(
                 QStringLiteral("status=PUBLISHED&apps=no&manager=%1&limit=5").arg(h.userName())))
            pairs.append({v.toObject().value(QStringLiteral("api_id")).toString(),
                          v.toObject().value(QStringLiteral("instance_id")).toString()});
        QCOMPARE(pairs.size(), 5);

        const QString path = h.dir.filePath(QStringLiteral("banner.sqlite"));
        qint64 runId = 0;
        {
            // What a crash leaves: the run recorded, one item marked SENDING, never answered.
            Journal journal(path);
            QVERIFY(journal.open());
            const RunSpec spec = RunSpec::apiAction(pairs, ApiAction::Stop, QString());
            NewRun run;
            run.kind = spec.kind;
            run.profileId = QStringLiteral("profile-1");
            run.items = spec.items;
            run.parameters = spec.parameters;
            const CreatedRun created = journal.createRun(run);
            QVERIFY(created.isValid());
            runId = created.runId;
            QVERIFY(journal.markSending(runId, {created.itemIds.first()}) > 0);
        }

        RunCenter center(path);
        QVERIFY(center.open());
        ResumeBanner banner(&center);
        banner.resize(800, 60);
        QVERIFY(banner.isHidden());
        ConnectionSettings settings = h.sandbox.settings();
        settings.rateLimits.dataServicePerWindow = 0;
        Session session(settings);
        center.setSession(&session, QStringLiteral("profile-1"), QStringLiteral("Sandbox"));
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.runIds(), QList<qint64>{runId});
        QCOMPARE(banner.text(), QStringLiteral("1 run was interrupted and can be continued."));

        QSignalSpy show(&banner, &ResumeBanner::showRunRequested);
        banner.showButton()->click();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().first().toLongLong(), runId);

        QSignalSpy resumed(&banner, &ResumeBanner::runsResumed);
        QSignalSpy finished(&center, &RunCenter::runFinished);
        banner.resumeButton()->click();
        QCOMPARE(resumed.size(), 1);
        QVERIFY(banner.isHidden());
        QVERIFY(finished.wait(30000));
        const std::optional<RunRecord> record = center.journal()->loadRun(runId);
        QVERIFY(record);
        const QJsonObject stats = h.stats().value(QStringLiteral("pairs")).toObject();
        for (const JournalItem &j : record->items) {
            QCOMPARE(itemStates::name(j.state), QStringLiteral("SUCCESS"));
            QCOMPARE(stats.value(j.keyId + QLatin1Char('/') + j.keyPart)
                         .toObject()
                         .value(QStringLiteral("transitions"))
                         .toInt(),
                     1);
        }
        // Another profile's session: nothing to offer.
        center.setSession(&session, QStringLiteral("profile-2"));
        QVERIFY(banner.isHidden());
        center.setSession(nullptr);
    }

    void retranslatesLive()
    {
        RunCenter center(h.dir.filePath(QStringLiteral("language.sqlite")));
        QVERIFY(center.open());
        ProgressView progress(&center);
        HistoryView history(&center);
        ResumeBanner banner(&center);
        auto *failedOnly = progress.findChild<QCheckBox *>(QStringLiteral("failedOnlyCheck"));
        QCOMPARE(failedOnly->text(), QStringLiteral("Failed only"));
        QSignalSpy title(&history, &Pane::titleChanged);
        QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
        QTRY_COMPARE(failedOnly->text(), QStringLiteral("仅显示失败项"));
        QCOMPARE(history.title(), QStringLiteral("历史"));
        QTRY_VERIFY(title.size() >= 1);
        QTRY_COMPARE(banner.resumeButton()->text(), QStringLiteral("继续"));
        QCOMPARE(progress.runListModel()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("运行"));
        QVERIFY(m_language.apply(QStringLiteral("en")));
        QTRY_COMPARE(failedOnly->text(), QStringLiteral("Failed only"));
    }
};

DESK_PROGRESS_TEST_MAIN(TestResumeBanner)
#include "tst_resume_banner.moc"
